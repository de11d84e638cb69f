import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { HealthReport } from "./report.js";

export interface HealthServer {
  server: Server;
  /** the port actually bound (HEALTH_PORT=0 picks a free one) */
  port: number;
  stop(): Promise<void>;
}

export interface HealthEndpoints {
  /** GET /healthz: liveness and the figures behind it */
  health: () => HealthReport;
  /** GET /readyz: 200 once start-up has finished and the bot answers */
  ready: () => boolean;
}

/** A tiny HTTP server for supervisors (Docker HEALTHCHECK, systemd, a load balancer, uptime monitors). */
export async function startHealthServer(endpoints: HealthEndpoints, opts: { host: string; port: number }): Promise<HealthServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const json = (status: number, body: unknown): void => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }).end(JSON.stringify(body));
    };
    if (req.method !== "GET" && req.method !== "HEAD") return json(405, { error: "only GET" });
    if (path === "/healthz") {
      try {
        const report = endpoints.health();
        return json(report.httpStatus, report.body);
      } catch (err) {
        return json(503, { status: "unhealthy", problems: [`health check failed: ${err instanceof Error ? err.message : String(err)}`] });
      }
    }
    if (path === "/readyz") return endpoints.ready() ? json(200, { ready: true }) : json(503, { ready: false });
    return json(404, { error: "not found; try /healthz or /readyz" });
  });
  // a supervisor polls every few seconds: keep-alive sockets would otherwise hold the stop
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
