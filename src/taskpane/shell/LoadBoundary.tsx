/**
 * The pane's error boundary around each screen and each lazily loaded panel: a screen whose code or strings did not
 * download (`LoadError` from lazyWithStrings), or that threw while rendering, shows an error MessageBar naming it,
 * with Retry, in its own place — the navigation and the other screens keep working instead of a blank pane.
 */
import { Component, type ReactNode } from "react";
import { ErrorBar } from "../components/ErrorBar";
import { LoadError } from "./lazyWithStrings";

/** Props of {@link LoadBoundary}. */
export type LoadBoundaryProps = {
  /** What the children are, in the pane's language ("Goals & plans", "Person page"): the bar's title names it. */
  name: string;
  /** Class of the bar's wrapper (its margins where it stands). */
  className?: string;
  children: ReactNode;
};

type State = { error: unknown; failed: boolean };

/**
 * Catches what its children throw while loading or rendering. Key it by what it shows (the screen's id) so that
 * moving to another screen starts afresh.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, State> {
  state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  private readonly retry = () => {
    // A failed download is fetched again (a fresh lazy component); a render error is simply tried again.
    if (this.state.error instanceof LoadError) this.state.error.retry();
    this.setState({ error: null, failed: false });
  };

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className={this.props.className}>
        <ErrorBar
          error={this.state.error}
          titleKey="tp.load.failed"
          titleParams={{ what: this.props.name }}
          onRetry={this.retry}
        />
      </div>
    );
  }
}
