import { useId, useRef, useState, type PointerEvent } from 'react';

/** Size of the drawing in pixels: small enough to stay far below SIGNATURE_MAX_BYTES as a PNG. */
export const PAD_WIDTH = 600;
export const PAD_HEIGHT = 200;
const INK = '#1b1f23';
const LINE_WIDTH = 3;

export interface SignaturePadTexts {
  /** Visible name of the group ("Handtekening"). */
  label: string;
  /** Says that drawing is optional and the typed name is the agreement. */
  hint: string;
  /** Accessible name of the drawing area. */
  canvas: string;
  clear: string;
  empty: string;
  drawn: string;
}

/**
 * An optional drawn signature: a canvas taking mouse, touch and pen through pointer events,
 * and a button to clear it. Nobody needs it to agree (the typed name is the agreement), so a
 * keyboard or screen reader user is never blocked; the hint says so next to the canvas.
 * Reports a PNG data URL after each stroke, or null when cleared.
 */
export function SignaturePad({ texts, onChange, id }: { texts: SignaturePadTexts; onChange: (dataUrl: string | null) => void; id?: string }) {
  const generated = useId();
  const base = id ?? generated;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [hasInk, setHasInk] = useState(false);

  const point = (e: { clientX: number; clientY: number }) => {
    const canvas = canvasRef.current!;
    const rect = canvas.getBoundingClientRect();
    return {
      x: ((e.clientX - rect.left) * canvas.width) / Math.max(rect.width, 1),
      y: ((e.clientY - rect.top) * canvas.height) / Math.max(rect.height, 1),
    };
  };

  const context = () => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return null;
    ctx.strokeStyle = INK;
    ctx.fillStyle = INK;
    ctx.lineWidth = LINE_WIDTH;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    return ctx;
  };

  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = point(e);
    last.current = p;
    const ctx = context();
    if (!ctx) return;
    ctx.beginPath();
    ctx.arc(p.x, p.y, LINE_WIDTH / 2, 0, Math.PI * 2);
    ctx.fill();
  };

  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!last.current) return;
    const ctx = context();
    if (!ctx) return;
    const events = typeof e.nativeEvent.getCoalescedEvents === 'function' ? e.nativeEvent.getCoalescedEvents() : [];
    ctx.beginPath();
    ctx.moveTo(last.current.x, last.current.y);
    for (const ev of events.length > 0 ? events : [e]) {
      const p = point(ev);
      ctx.lineTo(p.x, p.y);
      last.current = p;
    }
    ctx.stroke();
  };

  const up = () => {
    if (!last.current) return;
    last.current = null;
    setHasInk(true);
    onChange(canvasRef.current?.toDataURL('image/png') ?? null);
  };

  const clear = () => {
    const canvas = canvasRef.current;
    canvas?.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
    last.current = null;
    setHasInk(false);
    onChange(null);
  };

  return (
    <div className="signature-pad" role="group" aria-labelledby={`${base}-label`} aria-describedby={`${base}-hint`}>
      <p id={`${base}-label`} className="signature-pad__label">{texts.label}</p>
      <p id={`${base}-hint`} className="field__hint">{texts.hint}</p>
      <canvas
        ref={canvasRef}
        id={base}
        width={PAD_WIDTH}
        height={PAD_HEIGHT}
        role="img"
        aria-label={texts.canvas}
        className="signature-pad__canvas"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <div className="signature-pad__bar">
        <p className="signature-pad__state" role="status">{hasInk ? texts.drawn : texts.empty}</p>
        <button type="button" className="button button--secondary" onClick={clear} aria-disabled={!hasInk || undefined}>
          {texts.clear}
        </button>
      </div>
    </div>
  );
}
