import { useEffect } from 'react';

const TYPING_TARGET = /^(INPUT|TEXTAREA|SELECT)$/;

/**
 * Keyboard for the result: n/j next match, p/k previous, Esc clears. Ignored while typing
 * in a field or with a modifier held, so browser shortcuts keep working.
 * @example useMatchKeys({ onStep: (s) => step(s), onClear: () => clear() })
 */
export function useMatchKeys(options: { onStep: (step: 1 | -1) => void; onClear: () => void; enabled: boolean }): void {
  const { onStep, onClear, enabled } = options;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (TYPING_TARGET.test(target.tagName) || target.isContentEditable)) {
        if (event.key === 'Escape' && target.tagName !== 'SELECT') onClear();
        return;
      }
      const key = event.key.toLowerCase();
      if (key === 'n' || key === 'j') onStep(1);
      else if (key === 'p' || key === 'k') onStep(-1);
      else if (event.key === 'Escape') onClear();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onStep, onClear, enabled]);
}
