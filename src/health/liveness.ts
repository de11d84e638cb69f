/**
 * What the running bot last heard from Telegram: the poller reports every long poll, the webhook every update.
 * Mutable state at the edge; the health report reads a snapshot of it.
 */
export interface LivenessSnapshot {
  lastPollAt: number | null;
  lastWebhookAt: number | null;
  /** when the current run of failed polls began; null while polls succeed */
  failingSince: number | null;
  failures: number;
  lastError: string | null;
}

export class Liveness {
  private state: LivenessSnapshot = { lastPollAt: null, lastWebhookAt: null, failingSince: null, failures: 0, lastError: null };

  pollSucceeded(at: number): void {
    this.state = { ...this.state, lastPollAt: at, failingSince: null, failures: 0 };
  }

  pollFailed(at: number, cause: string): void {
    this.state = { ...this.state, failingSince: this.state.failingSince ?? at, failures: this.state.failures + 1, lastError: cause };
  }

  webhookReceived(at: number): void {
    this.state = { ...this.state, lastWebhookAt: at };
  }

  snapshot(): LivenessSnapshot {
    return this.state;
  }
}
