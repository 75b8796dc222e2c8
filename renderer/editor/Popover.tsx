import { useEffect, useId, useRef, type ReactNode } from 'react';

interface PopoverProps {
  label: string;
  title: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  children: ReactNode;
}

/** A toolbar button that opens a small labelled panel below it; Escape closes it. */
export function Popover({ label, title, isOpen, onOpenChange, children }: PopoverProps) {
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (isOpen) panel.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }, [isOpen]);
  return (
    <span className="popover-anchor">
      <button type="button" aria-expanded={isOpen} aria-controls={id} title={title} onMouseDown={(event) => event.preventDefault()} onClick={() => onOpenChange(!isOpen)}>
        {label}
      </button>
      {isOpen ? (
        <div
          id={id}
          ref={panel}
          className="popover"
          role="dialog"
          aria-label={title}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onOpenChange(false);
          }}
        >
          {children}
        </div>
      ) : null}
    </span>
  );
}
