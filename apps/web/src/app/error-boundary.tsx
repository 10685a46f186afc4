import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Catches a rendering failure anywhere below and says so in words, never a blank page.
 * @example <ErrorBoundary label="the result"><ReportView … /></ErrorBoundary>
 */
export class ErrorBoundary extends Component<{ children: ReactNode; label?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever reports the bug; the page shows the short version.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h2>Something went wrong {this.props.label ? `in ${this.props.label}` : 'on this page'}</h2>
        <p>The page hit an unexpected problem and could not draw this part. Your articles are not lost if you go back.</p>
        <pre className="crash__detail">{error.message}</pre>
        <div className="crash__actions">
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <a className="button button--quiet" href="/">
            Start over
          </a>
        </div>
      </div>
    );
  }
}
