import {Component, type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * Keeps a rendering failure inside the inspector: whatever is pasted, the page stays up and says
 * what happened. (Decoding never throws; this guards the views built from its result.)
 */
export class Contained extends Component<{children: ReactNode}, {failed: string | null}> {
  state = {failed: null as string | null};

  static getDerivedStateFromError(e: unknown): {failed: string} {
    return {failed: e instanceof Error ? `${e.name}: ${e.message}` : String(e)};
  }

  render(): ReactNode {
    if (this.state.failed === null) return this.props.children;
    return (
      <div className={styles.malformed} role="alert" data-decode-error="display">
        <p className={styles.malformedTitle}>The inspector could not show this input.</p>
        <p>Showing it failed ({this.state.failed.slice(0, 200)}). Paste the token alone, exactly as the server returned it.</p>
      </div>
    );
  }
}

