// `npm run bench:hostile`: each hostile article (tests/fixtures/hostile/hostileCases.ts) built on its own by the
// real build command, timed from outside (wall time, and CPU time, which a busy machine inflates less), with
// its outcome against the expected one. Target: each case builds in 10 s or less, or is refused.
//   npm run bench:hostile
//   npm run bench:hostile -- --cases=identical-headings,wide-table
//   npm run bench:hostile -- --before=/tmp/head      also time another copy of the project (e.g. `git archive` of a commit)
//   npm run bench:hostile -- --project=/tmp/head     time another copy of the project instead of this one
//   npm run bench:hostile -- --timeout-seconds=300 --report=bench/out/hostile.md

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { caseFile, HOSTILE_CASES, writeCases, type HostileCase } from "../tests/fixtures/hostile/hostileCases.ts";
import { measureCommand, type CommandRun } from "./measureCommand.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TARGET_SECONDS = 10;
const GNU_TIME = "/usr/bin/time";

const { values } = parseArgs({
  options: {
    cases: { type: "string" },
    before: { type: "string" },
    project: { type: "string" },
    "timeout-seconds": { type: "string", default: "300" },
    report: { type: "string", default: path.join(ROOT, "bench", "out", "hostile.md") },
  },
});

const timeoutMs = Number(values["timeout-seconds"]) * 1000;
const wanted = values.cases?.split(",");
const unknown = wanted?.filter((name) => !HOSTILE_CASES.some((hostile) => hostile.name === name)) ?? [];
if (unknown.length > 0) fail(`--cases: no case named ${unknown.join(", ")} (cases: ${HOSTILE_CASES.map((c) => c.name).join(", ")})`);
const cases = HOSTILE_CASES.filter((hostile) => !wanted || wanted.includes(hostile.name));
const project = path.resolve(values.project ?? ROOT);
const projects: [label: string, root: string][] = values.before
  ? [["before", path.resolve(values.before)], ["after", project]]
  : [["build", project]];
for (const [, root] of projects) buildCommandArgs(root);

interface Outcome {
  run: CommandRun;
  /** User and system CPU seconds of the build. */
  cpuSeconds: number;
  /** Load average over the minute before the build. */
  load: number;
  /** Built, refused with its line, or how it failed. */
  said: string;
  asExpected: boolean;
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-hostile-"));
const rows: string[][] = [];
for (const hostile of cases) {
  const site = path.join(scratch, hostile.name);
  writeCases(path.join(site, "articles"), [hostile]);
  const outcomes: Outcome[] = [];
  for (const [label, root] of projects) {
    const outcome = await buildOnce(hostile, root, site, label);
    outcomes.push(outcome);
    console.error(`${hostile.name} (${label}): ${seconds(outcome.run)}, CPU ${cpu(outcome.cpuSeconds)}, ${outcome.said}`);
  }
  fs.rmSync(site, { recursive: true, force: true });
  const last = outcomes[outcomes.length - 1]!;
  const met = last.asExpected && (hostile.refused !== undefined || last.run.wallSeconds <= TARGET_SECONDS);
  rows.push([
    hostile.name,
    hostile.what,
    hostile.refused ? "refused" : "builds",
    ...outcomes.flatMap((outcome) => [seconds(outcome.run), cpu(outcome.cpuSeconds), mib(outcome.run.peakRssBytes), outcome.load.toFixed(1), outcome.said]),
    met ? "✓" : "✗",
  ]);
}
fs.rmSync(scratch, { recursive: true, force: true });

const header = [
  "case",
  "article",
  "expected",
  ...projects.flatMap(([label]) => [`${label}: wall`, "CPU", "peak RSS", "load", "outcome"]),
  `≤ ${TARGET_SECONDS} s or refused`,
];
const report = [
  `# npm run bench:hostile, ${new Date().toISOString().slice(0, 10)}`,
  "",
  `Each case built alone (with one ordinary article beside it) by the build command, timed with GNU time; timeout ${values["timeout-seconds"]} s. ` +
    `Node ${process.version}, ${os.cpus().length} cores. Wall: elapsed time; CPU: user + system time of the build (a busy machine stretches the first ` +
    "far more than the second); load: the load average when the build started. The target is judged on wall time.",
  "",
  `| ${header.join(" | ")} |`,
  `|${header.map(() => "---").join("|")}|`,
  ...rows.map((row) => `| ${row.join(" | ")} |`),
  "",
].join("\n");
fs.mkdirSync(path.dirname(values.report), { recursive: true });
fs.writeFileSync(values.report, report);
console.log(report);
console.error(`Written to ${path.relative(process.cwd(), values.report)}.`);

async function buildOnce(hostile: HostileCase, root: string, site: string, label: string): Promise<Outcome> {
  const output = path.join(site, `dist-${label.replace(/\W+/g, "-")}`);
  const cpuFile = path.join(site, "cpu.txt");
  const load = os.loadavg()[0]!;
  // GNU time inside measureCommand's: this one reports the CPU time of the build alone.
  const command = [GNU_TIME, "-f", "%U %S", "-o", cpuFile, process.execPath, ...buildCommandArgs(root), `--output=${output}`];
  const run = await measureCommand(command[0]!, command.slice(1), {
    cwd: root,
    env: { ...process.env, SITE_ARTICLES: path.join(site, "articles"), NODE_OPTIONS: "" },
    timeoutMs,
    logFile: path.join(site, `${label.replace(/\W+/g, "-")}.log`),
  });
  const [user, system] = fs.existsSync(cpuFile) ? fs.readFileSync(cpuFile, "utf8").trim().split("\n").pop()!.split(" ").map(Number) : [NaN, NaN];
  const file = caseFile(hostile);
  const line = run.stderrTail.split("\n").find((text) => text.includes(`${file}:`) && text.startsWith("error:"));
  let said: string;
  if (run.timedOut) said = "timed out";
  else if (run.ok) said = "built";
  else if (line) said = `refused: ${line.slice(line.indexOf(file) + file.length + 2)}`;
  else said = `failed: ${failureLine(run.stderrTail)}`;
  const asExpected = hostile.refused ? !run.ok && line?.endsWith(hostile.refused) === true : run.ok;
  return { run, cpuSeconds: user! + system!, load, said: said.replaceAll("|", "\\|"), asExpected };
}

/** The node arguments of a project's `npm run build`. */
function buildCommandArgs(root: string): string[] {
  const file = path.join(root, "package.json");
  const script: unknown = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")).scripts?.build : undefined;
  const words = typeof script === "string" ? script.trim().split(/\s+/) : [];
  if (words[0] !== "node" || !words.includes("src/cli/build.ts")) fail(`${root}: package.json has no build script "node … src/cli/build.ts"`);
  return words.slice(1, words.indexOf("src/cli/build.ts") + 1);
}

/** The line that says why a build failed: the first error, else the last line. */
function failureLine(text: string): string {
  const lines = text.trim().split("\n").filter((line) => line.trim() && !/^\s+at /.test(line));
  const error = lines.find((line) => /^error: |Error\b/.test(line));
  return (error ?? lines[lines.length - 1] ?? "no output").slice(0, 160);
}

function seconds(run: CommandRun): string {
  return run.timedOut ? `> ${(timeoutMs / 1000).toFixed(0)} s` : `${run.wallSeconds.toFixed(1)} s`;
}

function mib(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : "–";
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function cpu(seconds: number): string {
  return Number.isFinite(seconds) ? `${seconds.toFixed(1)} s` : "–";
}
