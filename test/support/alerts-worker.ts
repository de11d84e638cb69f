/**
 * A separate process that runs the alerts broadcast exactly as the bot does (same store, same runner,
 * grammY's Api pointed at an emulator), so a test can SIGKILL it mid-broadcast and start it again.
 *
 *   node --import tsx test/support/alerts-worker.ts <stateDir> <dataDir> <apiRoot> <token>
 *
 * Prints one JSON line per event on stdout: {"event":"started",…}, then {"event":"idle"} and exits 0
 * when every delivery is settled.
 */
import { Api } from "grammy";
import { Alerts, openAlertsDb } from "../../src/alerts/index.js";
import { apiSender } from "../../src/telegram/alert-sender.js";
import { loadDataset } from "../../src/dataset/store.js";

const [stateDir, dataDir, apiRoot, token] = process.argv.slice(2);
if (!stateDir || !dataDir || !apiRoot || !token) {
  process.stderr.write("usage: alerts-worker.ts <stateDir> <dataDir> <apiRoot> <token>\n");
  process.exit(2);
}

const api = new Api(token, { apiRoot });
const alerts = new Alerts({ db: openAlertsDb(stateDir), send: apiSender(api) });
const enqueued = alerts.start(loadDataset(dataDir));
process.stdout.write(JSON.stringify({ event: "started", enqueued }) + "\n");
await alerts.runner.idle();
await alerts.stop();
process.stdout.write(JSON.stringify({ event: "idle" }) + "\n");
