import {Suspense, useEffect, useRef, useState, type ReactNode} from 'react';

type WhenVisibleProps = {
  /** Rendered once the placeholder comes within `margin` of the viewport. */
  children: ReactNode;
  /** Shown until then (and while a lazy child loads). */
  placeholder: ReactNode;
  /** How far ahead of the viewport to start loading, as a CSS length. */
  margin?: string;
};

/**
 * Defers content below the fold, typically a React.lazy component, so its code is downloaded
 * only when the reader scrolls towards it rather than with the page.
 */
export function WhenVisible({children, placeholder, margin = '400px'}: WhenVisibleProps): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (!('IntersectionObserver' in window)) {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      {rootMargin: margin},
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [margin]);
  return <div ref={ref}>{visible ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}</div>;
}
