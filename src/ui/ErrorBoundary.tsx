import { Component, type ReactNode } from 'react';

type Props = {
  /** Names the part in the console. */
  part: string;
  /** What shows instead, given the reason. */
  fallback: (reason: string) => ReactNode;
  children: ReactNode;
};

/**
 * One part of the app that fails (the map without WebGL, a tab whose code cannot load, a fault in a
 * panel) shows its own message and a way on; the rest of the app keeps working.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  componentDidCatch(error: Error) {
    console.error(`[${this.props.part}] failed`, error);
  }
  render() {
    const { error } = this.state;
    return error ? this.props.fallback(error.message) : this.props.children;
  }
}
