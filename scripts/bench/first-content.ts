// Time to first meaningful content of the booking page and the dashboard: how long after a person opens the page
// its data (the booked business's name) is on screen in Chromium, and whether it is already in the first HTML
// response. Before issue 15 both pages rendered empty and fetched their data from the browser; now the Server
// Components render it. Run against a build of each commit to compare (`npm run bench -- --only=first-content`).
import { addSessionCookies, openBrowser } from "../../tests/e2e/support/browser";
import { startApp } from "../../tests/e2e/support/server";
import { foundationServerEnv } from "./foundation";
import { anonymousSession, api, percentile, readyTask, type BenchResult, type Session } from "./support";

const visits = 25;

export async function runFirstContentBenchmarks(): Promise<BenchResult[]> {
  const app = await startApp({ env: { ...foundationServerEnv, LOG_LEVEL: "error" } });
  const browser = await openBrowser();
  try {
    const session = await anonymousSession(app.baseUrl);
    const { bookingId, providerName } = await bookedAppointment(session);
    await addSessionCookies(browser.context, app.baseUrl, session.cookie);
    const results: BenchResult[] = [];
    for (const [label, pathname] of [
      ["booking page", `/booking/${bookingId}`],
      ["dashboard", "/dashboard"],
    ] as const) {
      const html = await firstHtml(session, pathname, providerName);
      const onScreen: number[] = [];
      const page = await browser.context.newPage();
      for (let visit = 0; visit < visits + 3; visit++) {
        const started = performance.now();
        await page.goto(`${app.baseUrl}${pathname}`, { waitUntil: "commit" });
        await page.waitForFunction((name) => document.body?.innerText.includes(name), providerName, {
          timeout: 30_000,
        });
        if (visit >= 3) onScreen.push(performance.now() - started); // the first visits warm the route up
      }
      await page.close();
      results.push({
        name: `first meaningful content of the ${label} (the booked business's name on screen, Chromium)`,
        figure: `${stats(onScreen)}; in the first HTML response: ${html.hasData ? "yes" : "no"} (HTML p50 ${html.p50.toFixed(0)} ms)`,
        target: "the data in the first HTML response",
        pass: html.hasData,
      });
    }
    return results;
  } finally {
    await browser.close();
    await app.stop();
  }
}

async function bookedAppointment(session: Session): Promise<{ bookingId: string; providerName: string }> {
  const taskId = await readyTask(session, "I need a barber in Boston next week, afternoons");
  const { json } = await api<{ booking_id: string }>(session, "/api/booking/request", {
    task_id: taskId,
    preferences: { swarm_size: 3, mode: "auto" },
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { json: view } = await api<{ status: string; booked: { provider_name: string } | null }>(
      session,
      `/api/booking/${json.booking_id}`,
    );
    if (view.booked) return { bookingId: json.booking_id, providerName: view.booked.provider_name };
    if (view.status === "failed") throw new Error("the benchmark's booking failed");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the benchmark's booking was not booked within a minute");
}

async function firstHtml(session: Session, pathname: string, expected: string) {
  const timings: number[] = [];
  let hasData = true;
  for (let i = 0; i < 10; i++) {
    const started = performance.now();
    const response = await fetch(`${session.baseUrl}${pathname}`, { headers: { cookie: session.cookie } });
    const html = await response.text();
    timings.push(performance.now() - started);
    hasData &&= response.ok && html.includes(expected.replaceAll("&", "&amp;").replaceAll("'", "&#x27;"));
  }
  return { hasData, p50: percentile(timings, 50) };
}

function stats(values: number[]): string {
  return `p50 ${percentile(values, 50).toFixed(0)} ms, p99 ${percentile(values, 99).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;
}
