import {Children, isValidElement, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';

// Docusaurus's own CodeBlock renders every block twice in the browser: it hydrates it, then
// mounts it again under a new key so that the dark theme's inline colours replace the light ones
// of the pre-rendered page. Here the colours are CSS per colour mode (src/prism-themes.ts), so
// the pre-rendered markup is right in both modes and the second mount, with its second Prism
// pass over the code, is not needed.
export default function CodeBlock({children, ...props}: Props): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) {
    return <ElementContent {...props}>{children}</ElementContent>;
  }
  // Plain strings (or numbers), joined so that the copy button copies the whole code.
  const text = Children.toArray(children).join('');
  return <StringContent {...props}>{text}</StringContent>;
}
