/** Keeps one part of a page from taking the rest down: if it fails to render, it says so and the rest stays. */
import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** What to say instead of the part that failed. */
  fallback: string;
  children: ComponentChildren;
}

export class SectionGuard extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    // Logged for whoever debugs the learner's file; the learner gets the sentence below.
    console.error(error);
  }

  override render() {
    if (this.state.failed) {
      return (
        <p class="message error" role="alert">
          ⚠ {this.props.fallback}
        </p>
      );
    }
    return this.props.children;
  }
}
