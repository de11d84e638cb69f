import type { AlertsDb } from "./db.js";

/** What the health endpoint reports about the delivery queue. Times in ms since the epoch. */
export interface QueueStats {
  /** deliveries not yet settled (pending or being sent) */
  depth: number;
  /** of those, how many may be sent now (the rest wait out a backoff or a retry_after) */
  due: number;
  /** when the alert of the oldest unsettled delivery was queued */
  oldestPendingAt: number | null;
  /** since when the longest-waiting due delivery has waited for the sender to take it */
  oldestDueSince: number | null;
  /** deliveries that failed for good, since the database was created */
  failed: number;
}

/**
 * Read the queue's depth and age from the deliveries table. A pending row waits from the later of its last change
 * and its not-before time; a row being sent, from when it was claimed.
 */
export function queueStats(db: AlertsDb, now: number): QueueStats {
  const row = db
    .prepare(
      `SELECT COUNT(*) AS depth,
              COALESCE(SUM(CASE WHEN d.status = 'sending' OR d.not_before <= @now THEN 1 ELSE 0 END), 0) AS due,
              MIN(a.created_at) AS oldestPendingAt,
              MIN(CASE WHEN d.status = 'sending' THEN d.updated_at
                       WHEN d.not_before <= @now THEN MAX(d.updated_at, d.not_before) END) AS oldestDueSince
         FROM deliveries d JOIN alerts a ON a.id = d.alert_id
        WHERE d.status IN ('pending', 'sending')`,
    )
    .get({ now }) as Omit<QueueStats, "failed">;
  const failed = db.prepare("SELECT COUNT(*) FROM deliveries WHERE status = 'failed'").pluck().get() as number;
  return { ...row, failed };
}
