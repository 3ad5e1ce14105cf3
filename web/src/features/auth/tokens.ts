/** Tokens in emailed links are 10–200 characters (TokenWithPassword); anything else is a broken link. */
export function plausibleToken(token: string | null): token is string {
  return token !== null && token.length >= 10 && token.length <= 200;
}
