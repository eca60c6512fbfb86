// .github/workflows/deploy.yml and .github/dependabot.yml: valid for GitHub, hardened, and a scheduled run
// deploys only a site that differs from the live one.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import * as yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { DIGEST_FILE, siteDigest } from "../../src/cli/siteDigest.ts";
import { PROJECT_ROOT, tempDir } from "../support/buildSite.ts";

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  uses?: string;
  permissions?: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean | string };
  environment?: { name: string; url?: string };
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { branches?: string[] } | { cron: string }[] | null>;
  permissions: Record<string, string>;
  concurrency: { group: string; "cancel-in-progress": boolean | string };
  jobs: Record<string, Job>;
}

const WORKFLOW_FILE = ".github/workflows/deploy.yml";
const text = fs.readFileSync(path.join(PROJECT_ROOT, WORKFLOW_FILE), "utf8");
const workflow = yaml.load(text) as Workflow;
const jobs = workflow.jobs;
const allSteps = Object.values(jobs).flatMap((job) => job.steps);
const runs = (job: string) => jobs[job]!.steps.flatMap((step) => (step.run ? [step.run] : []));
const uses = (job: string) => jobs[job]!.steps.flatMap((step) => (step.uses ? [step.uses.split("@")[0]] : []));
const step = (job: string, action: string) => jobs[job]!.steps.find((s) => s.uses?.startsWith(`${action}@`));

/** The errors GitHub's own workflow parser finds: schema, expressions and the contexts each key allows, cron. */
async function workflowErrors(content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name: WORKFLOW_FILE, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length > 0 || !parsed.value) return errors;
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((error) => error.Message);
}

describe("the deploy workflow", () => {
  it("is a valid GitHub Actions workflow", async () => {
    expect(await workflowErrors(text)).toEqual([]);
    // The check is real: a context the key does not allow, a broken cron and a wrong key are all reported.
    const broken = text
      .replace("if: needs.build.outputs.publish == 'true'", "if: steps.digest.outputs.publish == 'true'")
      .replace('cron: "17 * * * *"', 'cron: "17 * *"');
    expect(broken).not.toBe(text);
    const errors = (await workflowErrors(broken)).join("\n");
    expect(errors).toContain("Unrecognized named-value: 'steps'");
    expect(errors).toContain("Invalid cron expression");
    expect(await workflowErrors(text.replace("timeout-minutes:", "timeout-minute:"))).toEqual([expect.stringContaining("Unexpected value 'timeout-minute'")]);
  });

  it("tests pull requests and deploys main to GitHub Pages under its sub-path", () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["pull_request", "push", "workflow_dispatch", "schedule"]));
    expect(workflow.on.push).toEqual({ branches: ["main"] });
    expect(Object.keys(jobs)).toEqual(["build", "test", "deploy"]);
    expect(runs("test")).toEqual(["npm ci --ignore-scripts", "npm run typecheck", "npm test", "npm run build"]);

    const build = jobs.build!;
    expect(build.if).toBe("github.ref == 'refs/heads/main' && github.event_name != 'pull_request'");
    expect(uses("build")).toEqual(["actions/checkout", "actions/setup-node", "actions/cache", "actions/cache", "actions/configure-pages", "actions/upload-pages-artifact"]);
    const buildStep = build.steps.find((s) => s.run?.startsWith("npm run build"))!;
    expect(buildStep.run).toBe('npm run build -- --pathprefix="$BASE_PATH/"');
    expect(buildStep.env).toEqual({ BASE_PATH: "${{ steps.pages.outputs.base_path }}", SITE_URL: "${{ steps.pages.outputs.origin }}" });
    expect(build.steps.find((s) => s.uses?.startsWith("actions/configure-pages@"))?.id).toBe("pages");
    expect(step("build", "actions/upload-pages-artifact")?.with?.path).toBe("dist");

    const deploy = jobs.deploy!;
    expect(deploy.needs).toEqual(["build", "test"]);
    expect(uses("deploy")).toEqual(["actions/deploy-pages"]);
    expect(deploy.environment).toEqual({ name: "github-pages", url: "${{ steps.deployment.outputs.page_url }}" });
  });

  it("runs every hour, so that scheduled articles go live on time", () => {
    const schedule = workflow.on.schedule as { cron: string }[];
    expect(schedule).toHaveLength(1);
    expect(schedule[0]!.cron.split(" ")).toHaveLength(5);
    expect(schedule[0]!.cron).toMatch(/^\d+ \* \* \* \*$/);
    // The comment above it says how to change it.
    expect(text).toMatch(/#.*change the cron\s*\n\s*#.*"\*\/15 \* \* \* \*"[\s\S]*?\n\s*schedule:/);
  });

  it("pins every action to a full commit SHA, with the version in a comment", () => {
    const actions = [...allSteps.map((s) => s.uses), ...Object.values(jobs).map((job) => job.uses)].filter((u): u is string => Boolean(u));
    expect(actions).toHaveLength(10);
    for (const action of actions) expect(action).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    const lines = text.split("\n").filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(lines).toHaveLength(actions.length);
    for (const line of lines) expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/);
    // One action, one version everywhere.
    const pins = new Map<string, Set<string>>();
    for (const line of lines) {
      const [, action, pin] = /uses: ([^@]+)@(.+)$/.exec(line)!;
      pins.set(action!, (pins.get(action!) ?? new Set()).add(pin!));
    }
    for (const [action, versions] of pins) expect([...versions], action).toHaveLength(1);
  });

  it("keeps no credentials in any checkout", () => {
    const checkouts = allSteps.filter((s) => s.uses?.startsWith("actions/checkout@"));
    expect(checkouts).toHaveLength(2);
    for (const checkout of checkouts) expect(checkout.with?.["persist-credentials"]).toBe(false);
  });

  it("pastes no expression into a shell script: values come through env", () => {
    const scripts = allSteps.flatMap((s) => (s.run ? [s.run] : []));
    expect(scripts.length).toBeGreaterThan(5);
    for (const script of scripts) expect(script).not.toContain("${{");
    expect(step("build", "actions/configure-pages")).toBeDefined();
    expect(jobs.build!.steps.find((s) => s.id === "digest")?.env).toEqual({ BASE_URL: "${{ steps.pages.outputs.base_url }}" });
  });

  it("installs packages without their install scripts", () => {
    const installs = allSteps.flatMap((s) => (s.run && /\bnpm (ci|install|i)\b/.test(s.run) ? [s.run] : []));
    expect(installs).toEqual(["npm ci --ignore-scripts", "npm ci --ignore-scripts"]);
    // The job whose output is published installs that way.
    expect(runs("build")).toContain("npm ci --ignore-scripts");
  });

  it("keeps resized images between runs, in the folder the build caches them in", () => {
    for (const job of ["build", "test"]) {
      const cache = step(job, "actions/cache");
      expect(cache?.with?.path, job).toBe(".cache/images");
      expect(String(cache?.with?.key)).toMatch(/^images-\$\{\{ runner\.os \}\}-\$\{\{ hashFiles\('articles\/\*\*\/\*\.jpg'/);
      expect(cache?.with?.["restore-keys"]).toBe("images-${{ runner.os }}-");
      // Restored before anything builds.
      const steps = jobs[job]!.steps;
      expect(steps.indexOf(cache!)).toBeLessThan(steps.findIndex((s) => /npm (run build|test)/.test(s.run ?? "")));
    }
  });

  it("keeps the last build's site and page records between runs of the same code, for incremental builds", () => {
    const steps = jobs.build!.steps;
    const cache = steps.find((s) => s.uses?.startsWith("actions/cache@") && String(s.with?.path).includes(".cache/build"));
    expect(String(cache?.with?.path).trim().split("\n")).toEqual([".cache/build", "dist"]);
    const code = "${{ hashFiles('package-lock.json', 'src/**', 'layouts/**') }}";
    expect(cache?.with?.key).toBe(`site-\${{ runner.os }}-${code}-\${{ github.run_id }}`);
    expect(cache?.with?.["restore-keys"]).toBe(`site-\${{ runner.os }}-${code}-`);
    expect(steps.indexOf(cache!)).toBeLessThan(steps.findIndex((s) => s.run?.startsWith("npm run build")));
    // The test job builds from scratch: its build checks what a fresh clone does.
    expect(jobs.test!.steps.filter((s) => String(s.with?.path ?? "").includes(".cache/build"))).toEqual([]);
  });

  it("reads the repository only, except the deploy job, which alone can publish", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(jobs.deploy!.permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
    expect(jobs.build!.permissions).toEqual({ contents: "read", pages: "read" });
    expect(jobs.test!.permissions).toBeUndefined();
    // The deploy job runs none of the project's code or dependencies: deploy-pages only.
    expect(jobs.deploy!.steps).toEqual([{ id: "deployment", uses: expect.stringMatching(/^actions\/deploy-pages@/) }]);
  });

  it("never cancels a deployment once started; only pull requests cancel older runs", () => {
    expect(jobs.deploy!.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
    expect(workflow.concurrency["cancel-in-progress"]).toBe("${{ github.event_name == 'pull_request' }}");
    expect(Object.values(jobs).filter((job) => job.concurrency && job !== jobs.deploy)).toEqual([]);
  });

  it("on a scheduled run, tests and deploys only a build the digest step found different", () => {
    expect(jobs.build!.outputs).toEqual({ publish: "${{ steps.digest.outputs.publish }}" });
    expect(step("build", "actions/upload-pages-artifact")?.if).toBe("steps.digest.outputs.publish == 'true'");
    expect(jobs.test!.needs).toBe("build");
    expect(jobs.test!.if).toBe("${{ !cancelled() && (github.event_name != 'schedule' || needs.build.outputs.publish == 'true') }}");
    expect(jobs.deploy!.if).toBe("needs.build.outputs.publish == 'true'");
  });
});

describe("the digest step", () => {
  const script = jobs.build!.steps.find((s) => s.id === "digest")!.run!;
  const BASE_URL = "https://owner.github.io/repository";

  /** Runs the step's script as GitHub does (bash -eo pipefail) on a small site, with a stand-in for curl. */
  function runStep(event: string, live: string | undefined): Promise<{ code: number; stderr: string; outputs: string; summary: string; curl: string; digest: string; written: string }> {
    const work = tempDir("digest-step-");
    const dist = path.join(work, "dist");
    fs.mkdirSync(path.join(dist, "economy"), { recursive: true });
    fs.writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>Home</title>");
    fs.writeFileSync(path.join(dist, "economy", "index.html"), "<!doctype html><title>Economy</title>");
    fs.symlinkSync(path.join(PROJECT_ROOT, "src"), path.join(work, "src"));
    fs.symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(work, "node_modules"));
    const digest = siteDigest(dist);
    const bin = path.join(work, "bin");
    fs.mkdirSync(bin);
    const liveFile = path.join(work, "live.txt");
    if (live !== undefined) fs.writeFileSync(liveFile, live.replace("<digest>", digest));
    // Prints the live digest, or fails as curl --fail does on a 404.
    fs.writeFileSync(
      path.join(bin, "curl"),
      `#!/bin/sh\nprintf '%s\\n' "$*" >> "${work}/curl.log"\n[ -f "${liveFile}" ] || { echo "curl: (22) The requested URL returned error: 404" >&2; exit 22; }\ncat "${liveFile}"\n`,
      { mode: 0o755 },
    );
    for (const file of ["outputs", "summary", "curl.log"]) fs.writeFileSync(path.join(work, file), "");
    return new Promise((resolve) => {
      execFile(
        "bash",
        ["--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        {
          cwd: work,
          env: {
            ...process.env,
            PATH: `${bin}:${process.env.PATH}`,
            NODE_OPTIONS: "",
            GITHUB_EVENT_NAME: event,
            GITHUB_RUN_ID: "4242",
            GITHUB_OUTPUT: path.join(work, "outputs"),
            GITHUB_STEP_SUMMARY: path.join(work, "summary"),
            BASE_URL,
          },
        },
        (error, _stdout, stderr) => {
          const read = (file: string) => fs.readFileSync(path.join(work, file), "utf8");
          resolve({
            code: error ? (typeof error.code === "number" ? error.code : 1) : 0,
            stderr,
            outputs: read("outputs"),
            summary: read("summary"),
            curl: read("curl.log"),
            digest,
            written: fs.readFileSync(path.join(dist, DIGEST_FILE), "utf8"),
          });
        },
      );
    });
  }

  it("skips a scheduled deploy when the live site carries the same digest", async () => {
    const result = await runStep("schedule", "<digest>\n");
    expect(result.code, result.stderr).toBe(0);
    expect(result.outputs).toBe("publish=false\n");
    expect(result.written).toBe(`${result.digest}\n`);
    expect(result.curl).toContain(`${BASE_URL}/build-digest.txt?run=4242`);
    expect(result.summary).toContain("nothing to deploy");
  });

  it("deploys on a scheduled run when the live digest differs or cannot be read", async () => {
    const differs = await runStep("schedule", `${"0".repeat(64)}\n`);
    expect(differs.code, differs.stderr).toBe(0);
    expect(differs.outputs).toBe("publish=true\n");
    const unreadable = await runStep("schedule", undefined);
    expect(unreadable.code, unreadable.stderr).toBe(0);
    expect(unreadable.outputs).toBe("publish=true\n");
    expect(unreadable.curl).not.toBe("");
    expect(unreadable.summary).toContain("unreadable");
  });

  it("always deploys on a push or a manual run, without asking the live site", async () => {
    for (const event of ["push", "workflow_dispatch"]) {
      const result = await runStep(event, "<digest>\n");
      expect(result.code, result.stderr).toBe(0);
      expect(result.outputs).toBe("publish=true\n");
      expect(result.curl).toBe("");
      expect(result.written).toBe(`${result.digest}\n`);
    }
  });
});

describe("Dependabot", () => {
  const config = yaml.load(fs.readFileSync(path.join(PROJECT_ROOT, ".github/dependabot.yml"), "utf8")) as {
    version: number;
    updates: { "package-ecosystem": string; directory: string; schedule: { interval: string }; groups?: Record<string, { "update-types"?: string[] }> }[];
  };

  it("updates the npm packages and the pinned actions weekly, minor and patch updates grouped", () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => update["package-ecosystem"]).sort()).toEqual(["github-actions", "npm"]);
    for (const update of config.updates) {
      expect(update.directory).toBe("/");
      expect(update.schedule.interval).toBe("weekly");
      expect(Object.values(update.groups ?? {}).map((group) => group["update-types"])).toEqual([["minor", "patch"]]);
    }
  });
});
