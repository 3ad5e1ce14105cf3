import { describe } from 'vitest';
import { DEMO_EMAILS, DEMO_PASSWORD, noBrowser, test } from './fixtures.ts';
import { expectFocusVisible, focused, heading, settled, tabTo, waitForPath } from './helpers.ts';

/**
 * Signing in and out with the keyboard alone (WCAG 2.1.1, 2.4.1, 2.4.7, 2.4.11): no click,
 * no `focus()` from the test; only Tab, Shift+Tab, typing, Enter and Space. At every stop
 * the focused element must be on screen with a visible focus outline.
 */
describe.skipIf(noBrowser)('keyboard only', () => {
  test('skip link, sign in with Enter, sign out with the keyboard', async ({ page, expect }) => {
    await page.goto('/sign-in');
    await heading(page, 'Aanmelden');
    await settled(page);

    // The very first Tab lands on the skip link, which becomes visible.
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.tag).toBe('a');
    expect(skip.text).toBe('Ga naar de inhoud');
    expectFocusVisible(skip, 'skip link');

    // Following it puts the keyboard in <main>: the next Tab is the email field, then the password.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const email = await focused(page);
    expect(email.id, 'first field after the skip link').toBe('sign-in-email');
    expectFocusVisible(email, 'email field');
    await page.keyboard.type(DEMO_EMAILS.coach);

    await page.keyboard.press('Tab');
    const password = await focused(page);
    expect(password.id).toBe('sign-in-password');
    expectFocusVisible(password, 'password field');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await waitForPath(page, '/');
    await heading(page, 'Welkom, Jonas Peeters');
    await settled(page);

    // After the page change focus is on the new h1; the menu comes before it, so go back.
    const passed = await tabTo(page, (f) => f.tag === 'button' && f.text === 'Afmelden', 'backward');
    for (const stop of passed) expectFocusVisible(stop, `Shift+Tab stop <${stop.tag}> "${stop.text.slice(0, 40)}"`);
    await page.keyboard.press('Enter');

    await waitForPath(page, '/sign-in');
    await heading(page, 'Aanmelden');
    expect((await page.request.get('/api/me')).status()).toBe(401);
  });

  test('Space activates the sign-out button as well, and Tab moves forward through the menu', async ({ page, login, expect }) => {
    await login('client');
    await page.goto('/'); // a fresh load: focus starts at the top of the document
    await heading(page, 'Hallo Karim El Amrani');
    await settled(page);

    const passed = await tabTo(page, (f) => f.tag === 'button' && f.text === 'Afmelden');
    expect(passed[0]?.text, 'first stop is the skip link').toBe('Ga naar de inhoud');
    for (const stop of passed) expectFocusVisible(stop, `Tab stop <${stop.tag}> "${stop.text.slice(0, 40)}"`);
    await page.keyboard.press('Space');

    await waitForPath(page, '/sign-in');
    expect((await page.request.get('/api/me')).status()).toBe(401);
  });
});
