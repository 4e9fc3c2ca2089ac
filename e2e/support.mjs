// Shared machinery of the browser journeys: finding the kalm binary and
// Chromium, running `kalm` (CLI and server) in a temp dir, one browser
// context per person, axe-core plus screenshots on every page, and steps that
// skip the rest of a journey after the first failure.
//
// Each journey file calls beginJourney(t, name) and writes its output to
// artifacts/<name>/ (see README.md).

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
export const ARTIFACTS = join(here, 'artifacts');
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync'];
export const REQUIRE_ALL = process.env.KALM_REQUIRE_ALL === '1';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** The kalm binary: $KALM_BIN, then $CARGO_TARGET_DIR/debug/kalm, then ../target/debug/kalm. */
export function kalmBinary() {
  if (process.env.KALM_BIN) return resolve(process.env.KALM_BIN);
  if (process.env.CARGO_TARGET_DIR) return resolve(process.env.CARGO_TARGET_DIR, 'debug', 'kalm');
  return resolve(here, '..', 'target', 'debug', 'kalm');
}

/** What is missing to run the journeys, or null when everything is there. */
export function missingPrerequisite(bin) {
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM} (apt-get install chromium)`;
  if (!existsSync(bin)) return `kalm binary not found at ${bin} (cargo build -p kalm, or set KALM_BIN)`;
  return null;
}

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/** Runs the kalm CLI and kalm serve in their own temp dir, and stops the server again. */
export class KalmServer {
  constructor(bin, artifacts) {
    this.bin = bin;
    this.artifacts = artifacts;
    this.dir = mkdtempSync(join(tmpdir(), 'kalm-e2e-'));
    // The SQLite file itself, for test set-up that has to reach into it.
    this.databasePath = join(this.dir, 'kalm.db');
    this.databaseUrl = `sqlite://${this.databasePath}`;
    // Without an SMTP server Kalm writes each e-mail as an .eml file here.
    this.mailDir = join(this.dir, 'mail');
    // Text messages (two-factor codes) go to files here, one per phone
    // number (`+31612345678.txt`, one message a line): the development
    // provider of KALM_SMS_URL=file:<folder>.
    this.smsDir = join(this.dir, 'sms');
    // KALM_* settings a journey sets for this server and its CLI (such as
    // KALM_INACTIVITY_SWEEP_MINUTES); set before start().
    this.extraEnv = {};
    this.child = null;
    this.exited = null;
    this.logTail = [];
  }

  env() {
    // The temp dir is the working directory, so no ./kalm.toml is picked up;
    // drop KALM_* settings from the caller's shell for the same reason (so
    // no KALM_SMTP_URL either: e-mails always go to this server's mail folder,
    // and text messages to its sms folder).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('KALM_')));
    return { ...env, NO_COLOR: '1', ...this.extraEnv, KALM_MAIL_DIR: this.mailDir, KALM_SMS_URL: `file:${this.smsDir}` };
  }

  /** Runs `kalm <args…> --database-url …` on this server's database; `input` goes to stdin. Returns stdout. */
  cli(args, input = '') {
    const res = spawnSync(this.bin, [...args, '--database-url', this.databaseUrl], {
      cwd: this.dir,
      env: this.env(),
      input,
      encoding: 'utf8',
      timeout: 60_000,
    });
    // Passwords only ever go through stdin, so the command line is safe to print.
    assert.equal(res.status, 0, `kalm ${args.join(' ')} failed (status ${res.status}):\n${res.stdout}\n${res.stderr}`);
    return res.stdout;
  }

  createOperator(email, password) {
    return this.cli(['operator', 'create', '--email', email, '--password-stdin'], `${password}\n`);
  }

  async start() {
    this.port = await freePort();
    const log = createWriteStream(join(this.artifacts, 'server.log'));
    this.child = spawn(this.bin, ['serve', '--listen', `127.0.0.1:${this.port}`, '--database-url', this.databaseUrl], {
      cwd: this.dir,
      env: this.env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk) => {
      log.write(chunk);
      this.logTail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      this.logTail.splice(0, Math.max(0, this.logTail.length - 40));
    };
    this.child.stdout.on('data', keep);
    this.child.stderr.on('data', keep);
    this.exitedPromise = new Promise((ok) => {
      this.child.on('exit', (code, signal) => { this.exited = { code, signal }; log.end(); ok(); });
      // A binary that cannot be started (not executable, wrong arch) may never emit 'exit'.
      this.child.on('error', (err) => { this.logTail.push(`spawn error: ${err.message}`); this.exited = { error: err.message }; ok(); });
    });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (this.exited) break;
      try {
        const res = await fetch(`http://127.0.0.1:${this.port}/healthz`);
        if (res.status === 200) return;
      } catch { /* not listening yet */ }
      await sleep(100);
    }
    throw new Error(`kalm serve did not become healthy (exit: ${JSON.stringify(this.exited)}):\n${this.logTail.join('\n')}`);
  }

  async stop() {
    if (this.child && !this.exited) {
      this.child.kill('SIGTERM');
      const stopped = await Promise.race([this.exitedPromise.then(() => true), sleep(10_000, false, { ref: false })]);
      if (!stopped) {
        this.child.kill('SIGKILL');
        await this.exitedPromise;
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Checks each page visited: axe (desktop and phone) plus a full-page screenshot. */
export class PageChecker {
  constructor(artifacts, name) {
    this.artifacts = artifacts;
    this.name = name;
    this.count = 0;
    this.results = [];
  }

  async axe(page) {
    await page.addScriptTag({ path: AXE_PATH });
    return page.evaluate(async (tags) => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
      const nodes = (n) => n.nodes.map((x) => ({ target: x.target.join(' '), summary: x.failureSummary }));
      return {
        violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: nodes(v) })),
        incomplete: r.incomplete.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: nodes(v) })),
        passes: r.passes.length,
      };
    }, AXE_TAGS);
  }

  /**
   * Runs axe and takes a screenshot in the current viewport; returns the
   * blocking violations. The screenshot is NN-label-viewport.png, or
   * `file` when given.
   */
  async checkOnce(page, label, viewportName, file = `${String(this.count).padStart(2, '0')}-${label}-${viewportName}.png`) {
    await page.screenshot({ path: join(this.artifacts, file), fullPage: true });
    const r = await this.axe(page);
    this.results.push({ page: label, viewport: viewportName, url: page.url(), screenshot: file, ...r });
    for (const v of r.violations) {
      const where = v.nodes.map((n) => `      ${n.target}`).join('\n');
      const msg = `axe ${v.impact} ${v.id} on ${label} (${viewportName}): ${v.help}\n${where}\n      ${v.helpUrl}`;
      if (BLOCKING_IMPACTS.has(v.impact)) console.error(msg); else console.log(msg);
    }
    return r.violations.filter((v) => BLOCKING_IMPACTS.has(v.impact)).map((v) => ({ ...v, viewport: viewportName }));
  }

  /**
   * Every page visited goes through here: desktop, then phone, then back.
   * With `screenshot: 'name'` the screenshots are name.png (desktop) and
   * name-phone.png instead of the numbered ones.
   */
  async check(page, label, { screenshot } = {}) {
    this.count += 1;
    await page.waitForLoadState('load');
    const blocking = await this.checkOnce(page, label, 'desktop', screenshot ? `${screenshot}.png` : undefined);
    await page.setViewportSize(PHONE);
    blocking.push(...(await this.checkOnce(page, label, 'phone', screenshot ? `${screenshot}-phone.png` : undefined)));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.setViewportSize(DESKTOP);
    assert.equal(
      blocking.length, 0,
      `serious/critical accessibility violations on ${label} (${page.url()}):\n` +
        blocking.map((v) => `  [${v.viewport}] ${v.impact} ${v.id}: ${v.help}\n` + v.nodes.map((n) => `      ${n.target}`).join('\n')).join('\n'),
    );
    // WCAG 1.4.10 (reflow): nothing but the tables' own scroll boxes may scroll sideways at 390px.
    assert.ok(overflow <= 0, `${label} scrolls sideways by ${overflow}px at ${PHONE.width}px wide`);
  }

  writeReport() {
    writeFileSync(join(this.artifacts, 'axe-report.json'), JSON.stringify(this.results, null, 2));
    const lines = this.results.map((r) => {
      const v = r.violations.map((x) => `${x.impact}:${x.id}`).join(', ') || 'none';
      const i = r.incomplete.map((x) => x.id).join(', ') || 'none';
      return `  ${r.page} [${r.viewport}]: ${r.passes} rules passed; violations: ${v}; needs review: ${i}`;
    });
    console.log(`${this.name}: axe-core ${require('axe-core/package.json').version}, tags ${AXE_TAGS.join(',')}:\n${lines.join('\n')}`);
  }
}

/**
 * Opens a fresh browser context (one per person) that fails on server errors.
 * `locale` is the browser's language (navigator.language and the
 * Accept-Language header); English (en-GB) unless given.
 */
export async function personPage(browser, serverErrors, { locale = 'en-GB' } = {}) {
  // Kalm's CSP (default-src 'self') blocks inline scripts, and axe-core is
  // injected as one; bypassCSP lets the test inject it.
  const context = await browser.newContext({ viewport: DESKTOP, bypassCSP: true, locale });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('response', (res) => { if (res.status() >= 500) serverErrors.push(`${res.status()} ${res.request().method()} ${res.url()}`); });
  page.on('pageerror', (err) => serverErrors.push(`page error on ${page.url()}: ${err.message}`));
  return page;
}

export async function activationLinkOn(page, origin) {
  const box = page.getByRole('textbox', { name: 'Activation link', exact: true });
  await box.waitFor();
  assert.equal(await box.getAttribute('id'), 'activation-link');
  assert.equal(await box.getAttribute('readonly'), '');
  const link = await page.locator('#activation-link').inputValue();
  assert.match(link, new RegExp(`^${origin.replace(/[.]/g, '\\.')}/activate/[^/\\s]+$`), `unexpected activation link ${link}`);
  return link;
}

export async function expectHeading(page, name) {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** The kalm binary when everything is there; otherwise skips `t` (or fails it under KALM_REQUIRE_ALL=1) and returns null. */
function prerequisitesFor(t, name) {
  const bin = kalmBinary();
  const missing = missingPrerequisite(bin);
  if (!missing) return bin;
  if (REQUIRE_ALL) assert.fail(`KALM_REQUIRE_ALL=1 but ${missing}`);
  console.error(`\n*** SKIPPING the Kalm browser journey "${name}": ${missing} ***\n`);
  t.skip(missing);
  return null;
}

/** artifacts/<name>/, emptied. */
function freshArtifacts(name) {
  const dir = join(ARTIFACTS, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The server, mail folder and browser of one test file, shared by the
 * journeys it runs (see beginSharedRun), with their clean-up when `t` ends.
 */
async function beginRun(t, name) {
  const bin = prerequisitesFor(t, name);
  if (!bin) return null;
  const artifacts = freshArtifacts(name);
  const server = new KalmServer(bin, artifacts);
  const run = {
    artifacts,
    server,
    mailbox: new Mailbox(server.mailDir),
    browser: null,
    async launch() {
      const { chromium } = await import('playwright-core');
      run.browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
      return run.browser;
    },
    /** A journey on this run's server, mailbox and browser, with its own artifacts/<journeyName>/ (see beginJourney). */
    journey: (st, journeyName) => makeJourney(st, run, journeyName, journeyName === name ? artifacts : freshArtifacts(journeyName)),
    /**
     * Runs `fn(journey, item)` for each of `items` as its own subtest of `t`,
     * titled `title(item)`, on a journey named `journeyName(item)`; all at
     * once (so their e-mail waits overlap; `t` needs `concurrency: true`),
     * or one after the other under KALM_E2E_SERIAL=1.
     */
    async each(items, { title, journeyName }, fn) {
      const one = (item) => t.test(title(item), { concurrency: 1 }, (st) => fn(run.journey(st, journeyName(item)), item));
      if (process.env.KALM_E2E_SERIAL === '1') {
        for (const item of items) await one(item);
      } else {
        await Promise.all(items.map(one));
      }
    },
  };
  t.after(async () => {
    if (run.browser) await run.browser.close().catch(() => {});
    // Keep the e-mails the journeys got (test data only) beside the server log.
    if (existsSync(server.mailDir)) cpSync(server.mailDir, join(artifacts, 'mail'), { recursive: true });
    // And the text messages, when there were any.
    if (existsSync(server.smsDir)) cpSync(server.smsDir, join(artifacts, 'sms'), { recursive: true });
    await server.stop();
  });
  return run;
}

/** One journey (person pages, checker, steps) on the server, mailbox and browser of `run`; see beginJourney. */
function makeJourney(t, run, name, artifacts) {
  const serverErrors = [];
  const contexts = [];
  const journey = {
    name,
    artifacts,
    server: run.server,
    mailbox: run.mailbox,
    checker: new PageChecker(artifacts, name),
    serverErrors,
    get browser() { return run.browser; },
    launch: () => run.launch(),
    async person(options) {
      const page = await personPage(run.browser, serverErrors, options);
      contexts.push(page.context());
      return page;
    },
  };
  t.after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    if (journey.checker.results.length) journey.checker.writeReport();
  });

  let broken = null;
  journey.step = (title, fn) => t.test(title, async (st) => {
    if (broken) { st.skip(`an earlier step failed: ${broken}`); return; }
    try {
      await fn(st);
      assert.deepEqual(serverErrors, [], 'server errors or page errors');
    } catch (err) {
      broken = title;
      const { server } = journey;
      if (server.exited) console.error(`kalm serve exited ${JSON.stringify(server.exited)}`);
      console.error(`--- last server log lines (${name}) ---\n${server.logTail.join('\n')}`);
      throw err;
    }
  });
  return journey;
}

/**
 * Starts a journey: checks the prerequisites (skipping the test, or failing
 * it under KALM_REQUIRE_ALL=1), empties artifacts/<name>/, and registers the
 * clean-up (browser closed, e-mails copied to artifacts/<name>/mail/ and text
 * messages to artifacts/<name>/sms/, server
 * stopped, temp dir removed, axe report written) also for when a step
 * fails. Returns null when the test is skipped.
 *
 * The returned journey has `server` (not started yet), `checker`,
 * `mailbox` (the e-mails the server writes, see Mailbox), `launch()` for
 * the browser, `person({ locale })` for a new browser
 * context (English unless `locale` is given), and
 * `step(title, fn)`: later steps depend on earlier ones, so after a failing
 * step the rest are skipped; a step also fails on any 5xx or page error.
 */
export async function beginJourney(t, name) {
  const run = await beginRun(t, name);
  return run && run.journey(t, name);
}

/**
 * Starts one server and one browser for several journeys of a test file,
 * such as the same journey in English and in Dutch: checks the
 * prerequisites like beginJourney (null when skipped) and empties
 * artifacts/<name>/, which gets the server's `server.log` and, at the end,
 * its e-mails in `mail/`. The returned run has `server` (not started yet;
 * make each journey's platform on it with the CLI), `mailbox` (one mail
 * folder for all: tell the e-mails apart by recipient or platform),
 * `launch()`, and `each(items, { title, journeyName }, fn)`, which runs
 * `fn(journey, item)` for each item as a subtest of `t` (at the same time;
 * create `t` with `concurrency: true`). Each journey is like beginJourney's,
 * with its own artifacts/<journeyName>/ (screenshots, axe-report.json),
 * steps, browser contexts and list of server errors. The browser closes
 * and the server stops when `t` ends.
 */
export async function beginSharedRun(t, name) {
  return beginRun(t, name);
}

/** The languages Kalm speaks (locales/<code>/), in the order of `Language::ALL` (crates/kalm-domain/src/languages.rs). */
export const LANGUAGES = ['nl', 'en', 'de', 'da', 'es', 'fr', 'hu', 'pl'];

const localeCache = new Map();

/**
 * The texts of locales/<lang>/*.ftl, one file per feature, all read
 * (compiled into the binary, so they match a binary built from this tree):
 * `const fr = localeTexts('fr')`, then
 * `fr('config-save')`, `fr('home-welcome', { name: 'Mara' })`. Only
 * single-line messages with string literals and `{ $variables }`; anything
 * else (plurals, references) throws, so write those expected texts out in
 * the test.
 *
 * A message whose text spans several lines (the e-mail bodies, one paragraph
 * a line) is read with `fr.lines('email-password-changed-body', { … })`:
 * its lines, trimmed and filled in, without empty ones; it throws on
 * selectors (plurals). `fr.line(id, 0, { … })` is just its first line, so
 * only that line's variables are needed.
 */
export function localeTexts(lang) {
  const dir = resolve(here, '..', 'locales', lang);
  const file = `locales/${lang}/*.ftl`; // (for error messages)
  if (!localeCache.has(dir)) {
    const messages = new Map(); // id → its text, or null when it spans several lines
    const multiline = new Map(); // id → its lines (the first one may be empty)
    const files = readdirSync(dir).filter((name) => name.endsWith('.ftl')).sort();
    if (files.length === 0) throw new Error(`no .ftl files in ${dir}`);
    for (const name of files) {
      let last = null;
      for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
        const m = /^([a-zA-Z][\w-]*)\s*=\s*(.*)$/.exec(line);
        if (m) { last = m[1]; messages.set(last, m[2]); multiline.set(last, [m[2]]); continue; }
        if (last && /^\s+\S/.test(line)) { // a continued (multi-line) message
          messages.set(last, null);
          multiline.get(last).push(line.trim());
        } else if (line.trim() !== '') last = null; // (a blank line may sit inside a message)
      }
    }
    localeCache.set(dir, { messages, multiline });
  }
  const { messages, multiline } = localeCache.get(dir);
  const fill = (id, raw, args) => raw.replace(/\{\s*"([^"]*)"\s*\}|\{\s*\$([\w-]+)\s*\}|\{[^}]*\}/g, (whole, literal, name) => {
    if (literal !== undefined) return literal;
    if (name === undefined) throw new Error(`message ${id}: ${whole} is not supported here`);
    if (!(name in args)) throw new Error(`message ${id} needs $${name}`);
    return String(args[name]);
  });
  const texts = (id, args = {}) => {
    const raw = messages.get(id);
    if (raw === undefined) throw new Error(`no message ${id} in ${file}`);
    if (raw === null) throw new Error(`message ${id} spans several lines (a plural?); use .lines(id) or write the expected text out`);
    return fill(id, raw, args);
  };
  const linesOf = (id) => {
    const raw = multiline.get(id);
    if (raw === undefined) throw new Error(`no message ${id} in ${file}`);
    if (raw.some((l) => l.includes('->') || /^\*?\[/.test(l))) throw new Error(`message ${id} has a selector (a plural?); write the expected text out`);
    return raw.filter((l) => l !== '');
  };
  texts.lines = (id, args = {}) => linesOf(id).map((l) => fill(id, l, args));
  texts.line = (id, index, args = {}) => {
    const line = linesOf(id)[index];
    if (line === undefined) throw new Error(`message ${id} in ${file} has no line ${index}`);
    return fill(id, line, args);
  };
  texts.lang = lang;
  return texts;
}

/** The English texts of locales/en/*.ftl: `en('config-save')` (see localeTexts). */
export function englishTexts() {
  return localeTexts('en');
}

// ---- TOTP (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps) ----------------

export const STEP_MS = 30_000;

export function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = [];
  let bits = 0;
  let value = 0;
  for (const ch of text.replace(/[\s=]/g, '').toUpperCase()) {
    const index = alphabet.indexOf(ch);
    if (index < 0) throw new Error(`not base32: ${JSON.stringify(ch)} in ${text}`);
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** The 6-digit code of `secret` (bytes) for time step `step`. */
export function totp(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', secret).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

export const currentStep = () => Math.floor(Date.now() / STEP_MS);

/**
 * An authenticator app holding one key (as the set-up page shows it). The
 * server takes a code only for a step later than the last one it took, so
 * `code()` waits for the next step when this step's code was used already.
 */
export class Authenticator {
  constructor(key, who) {
    this.secret = base32Decode(key);
    this.who = who;
    this.lastStep = null;
  }

  async code() {
    if (this.lastStep !== null && currentStep() <= this.lastStep) {
      const wait = (this.lastStep + 1) * STEP_MS - Date.now() + 50;
      console.log(`${this.who}'s authenticator: waiting ${(wait / 1000).toFixed(1)} s for the next 30-second step`);
      await sleep(wait);
    }
    this.lastStep = currentStep();
    return totp(this.secret, this.lastStep);
  }
}

/**
 * The console's step after an operator's password. At the operator's
 * first login in a journey: the authenticator set-up (the key read from the
 * page into `operator.authenticator`, the recovery codes shown once kept in
 * `operator.recoveryCodes`); later, a code from that authenticator (which
 * waits for the next 30-second step when this one's code was used). Each
 * page is checked; ends on the console's home page.
 */
export async function consoleSecondStep(checker, page, origin, operator, label, tr = englishTexts()) {
  const steps = ['/two-factor/setup', '/login/code'];
  await page.waitForURL((url) => url.origin === origin && steps.includes(url.pathname));
  const button = (id) => page.getByRole('button', { name: tr(id), exact: true });
  if (new URL(page.url()).pathname === '/two-factor/setup') {
    await expectHeading(page, tr('two-factor-setup-title'));
    await page.getByText(tr('console-two-factor-required'), { exact: true }).waitFor();
    await page.getByRole('img', { name: tr('two-factor-qr-label'), exact: true }).waitFor();
    await checker.check(page, `${label}-two-factor-setup`);
    const key = (await page.locator('#manual-key').innerText()).trim();
    operator.authenticator = new Authenticator(key, operator.email);
    await page.getByLabel(tr('field-code'), { exact: true }).fill(await operator.authenticator.code());
    await Promise.all([page.waitForURL(`${origin}/two-factor/setup/confirm`), button('two-factor-turn-on').click()]);
    await expectHeading(page, tr('recovery-codes-title'));
    operator.recoveryCodes = (await page.locator('#recovery-codes li').allInnerTexts()).map((c) => c.trim());
    assert.equal(operator.recoveryCodes.length, 6, 'six recovery codes, shown once');
    await checker.check(page, `${label}-recovery-codes`);
    await page.getByLabel(tr('recovery-codes-saved'), { exact: true }).check();
    await Promise.all([page.waitForURL(`${origin}/?done=two_factor_on`), button('two-factor-continue').click()]);
    await page.getByText(tr('notice-two-factor-on'), { exact: true }).waitFor();
    await page.goto(`${origin}/`);
    return;
  }
  assert.ok(operator.authenticator, `${operator.email} set an authenticator up earlier in this journey`);
  await expectHeading(page, tr('two-factor-code-title'));
  await checker.check(page, `${label}-code`);
  await page.getByLabel(tr('field-code'), { exact: true }).fill(await operator.authenticator.code());
  await Promise.all([page.waitForURL(`${origin}/`), button('two-factor-verify').click()]);
}

/**
 * Logs a person in with the login form of `origin` (the platform or the
 * console), checking the login page on the way, and waits for the home page.
 * On the console the operator's second step follows (see consoleSecondStep;
 * `person` keeps the authenticator between logins).
 * `tr` (from localeTexts) is the language the login page is expected in;
 * English unless given.
 */
export async function logIn(checker, page, origin, person, label, tr = englishTexts()) {
  const { email, password } = person;
  await page.goto(`${origin}/`);
  assert.equal(page.url(), `${origin}/login`, 'signed out, / sends to the login page');
  assert.equal(await page.locator('html').getAttribute('lang'), tr.lang, 'the login page language');
  await expectHeading(page, tr('login-title'));
  await checker.check(page, label);
  await page.getByLabel(tr('field-email'), { exact: true }).fill(email);
  await page.getByLabel(tr('field-password'), { exact: true }).fill(password);
  const submit = page.getByRole('button', { name: tr('login-submit'), exact: true });
  if (new URL(origin).hostname.startsWith('admin.')) {
    // Operators always have a second step on the console.
    await submit.click();
    await consoleSecondStep(checker, page, origin, person, label, tr);
    return;
  }
  await Promise.all([page.waitForURL(`${origin}/`), submit.click()]);
}

// ---- E-mails ------------------------------------------------------------
//
// Without an SMTP server `kalm serve` writes every e-mail as an .eml file
// into KALM_MAIL_DIR (KalmServer sets it to `mail/` in the journey's temp
// dir), from a delivery job that runs every 5 seconds. The messages are MIME
// (multipart/alternative: text/plain + text/html), with quoted-printable or
// base64 bodies and RFC 2047 encoded words in the headers.

function textDecoder(charset) {
  try {
    return new TextDecoder((charset || 'utf-8').trim(), { fatal: false });
  } catch {
    return new TextDecoder('utf-8');
  }
}

/**
 * Quoted-printable (RFC 2045 §6.7) to bytes: soft line breaks (`=` at the
 * end of a line) are removed, `=XX` becomes that byte, and whitespace at the
 * end of a line (transport padding) is dropped. `text` holds one character
 * per byte (latin1), as decodeEmail reads files.
 */
export function decodeQuotedPrintable(text) {
  const joined = text.replace(/=[ \t]*\r?\n/g, '').replace(/[ \t]+(?=\r?\n|$)/g, '');
  const chunks = [];
  let last = 0;
  for (const m of joined.matchAll(/=([0-9A-Fa-f]{2})/g)) {
    chunks.push(Buffer.from(joined.slice(last, m.index), 'latin1'), Buffer.from([parseInt(m[1], 16)]));
    last = m.index + 3;
  }
  chunks.push(Buffer.from(joined.slice(last), 'latin1'));
  return Buffer.concat(chunks);
}

/**
 * A header value with RFC 2047 encoded words (`=?utf-8?b?…?=`,
 * `=?utf-8?q?…?=`) decoded. Whitespace between adjacent encoded words is
 * dropped, and their bytes are joined before decoding, so a character split
 * over two words still comes out whole. Raw 8-bit (UTF-8) text is kept.
 */
export function decodeHeader(value) {
  const word = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;
  const text = Buffer.from(value, 'latin1').toString('utf8');
  return text
    .replace(/(\?=)\s+(?==\?[^?\s]+\?[BbQq]\?)/g, '$1')
    .replace(/(?:=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)+/g, (run) => {
      let charset = null;
      const bytes = [];
      for (const [, cs, encoding, payload] of run.matchAll(word)) {
        charset ??= cs.replace(/\*.*$/, ''); // RFC 2231 language suffix: utf-8*en
        bytes.push(encoding.toUpperCase() === 'B'
          ? Buffer.from(payload, 'base64')
          : decodeQuotedPrintable(payload.replace(/_/g, '=20')));
      }
      return textDecoder(charset).decode(Buffer.concat(bytes));
    });
}

/** Headers (names lower-cased, folded lines unfolded, first one wins) and body of a MIME entity. */
function splitEntity(raw) {
  const gap = /\r?\n\r?\n/.exec(raw);
  const head = gap ? raw.slice(0, gap.index) : raw;
  const body = gap ? raw.slice(gap.index + gap[0].length) : '';
  const headers = {};
  for (const line of head.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] ??= line.slice(colon + 1).trim();
  }
  return { headers, body };
}

/** The value of parameter `name` in a header such as Content-Type. */
function headerParameter(value = '', name) {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]) : null;
}

/**
 * Walks a MIME entity, collecting its text/plain and text/html parts into
 * `found`; `found.complete` becomes false when a multipart lacks its closing
 * delimiter (a file still being written).
 */
function walkEntity(raw, found) {
  const { headers, body } = splitEntity(raw);
  const type = headers['content-type'] || 'text/plain; charset=us-ascii';
  const mediaType = type.split(';')[0].trim().toLowerCase();
  if (mediaType.startsWith('multipart/')) {
    const boundary = headerParameter(type, 'boundary');
    if (!boundary) throw new Error(`multipart without boundary: ${type}`);
    const parts = [];
    let current = null;
    let closed = false;
    for (const line of body.split(/\r?\n/)) {
      const bare = line.trimEnd();
      if (bare === `--${boundary}--`) { if (current) parts.push(current); current = null; closed = true; break; }
      if (bare === `--${boundary}`) { if (current) parts.push(current); current = []; continue; }
      if (current) current.push(line);
    }
    if (!closed) found.complete = false;
    for (const part of parts) walkEntity(part.join('\r\n'), found);
    return;
  }
  const transfer = (headers['content-transfer-encoding'] || '7bit').toLowerCase();
  const bytes = transfer === 'quoted-printable' ? decodeQuotedPrintable(body)
    : transfer === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : Buffer.from(body, 'latin1'); // 7bit, 8bit, binary
  const text = textDecoder(headerParameter(type, 'charset')).decode(bytes).replace(/\r\n/g, '\n');
  if (mediaType === 'text/plain' && found.text === null) found.text = text;
  else if (mediaType === 'text/html' && found.html === null) found.html = text;
}

/**
 * An .eml file (a Buffer or its path) decoded: `{ headers, subject, from,
 * to, text, html, complete }`, with the headers' encoded words decoded,
 * the text/plain and text/html parts decoded from quoted-printable or
 * base64 into strings (newlines as \n), and `complete` false while a
 * multipart message is missing its closing delimiter.
 */
export function decodeEmail(source) {
  const raw = (Buffer.isBuffer(source) ? source : readFileSync(source)).toString('latin1');
  const found = { text: null, html: null, complete: true };
  walkEntity(raw, found);
  const { headers: rawHeaders } = splitEntity(raw);
  const headers = Object.fromEntries(Object.entries(rawHeaders).map(([k, v]) => [k, decodeHeader(v)]));
  return {
    headers,
    subject: headers.subject ?? '',
    from: headers.from ?? '',
    to: headers.to ?? '',
    text: found.text,
    html: found.html,
    complete: found.complete,
  };
}

/** The e-mails of a mail folder (one .eml file each), and waiting for new ones. */
export class Mailbox {
  constructor(dir) {
    this.dir = dir;
    this.taken = new Set(); // files already handed out by waitFor
    this.sizes = new Map(); // file → size at the previous look (for non-multipart files)
  }

  /**
   * Every e-mail in the folder that has been written completely, in the
   * order of their names (Kalm names them by message id, a time-ordered
   * UUID v7), each with its `file` name.
   */
  all() {
    let names;
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith('.eml')).sort();
    } catch (err) {
      if (err.code === 'ENOENT') return []; // nothing delivered yet
      throw err;
    }
    const mails = [];
    for (const file of names) {
      const path = join(this.dir, file);
      const size = statSync(path).size;
      const before = this.sizes.get(file);
      this.sizes.set(file, size);
      let mail;
      try {
        mail = decodeEmail(path);
      } catch {
        continue; // half written; the next look will tell
      }
      // Kalm writes the file in one go, but not atomically: a multipart
      // message is whole once its closing delimiter is there; anything else
      // once its size stayed the same between two looks.
      const whole = /^multipart\//i.test(mail.headers['content-type'] || '') ? mail.complete : before === size && size > 0;
      if (whole) mails.push({ file, ...mail });
    }
    return mails;
  }

  /**
   * Waits (polling every `interval` ms, for at most `timeout` ms) until the
   * folder holds an e-mail that no earlier waitFor returned and for which
   * `predicate(mail)` is true; returns it (see decodeEmail, plus `file`).
   * `what` names it in the error, which also lists what did arrive.
   */
  async waitFor(predicate, { what = 'an e-mail', timeout = 20_000, interval = 200 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const match = this.all().find((mail) => !this.taken.has(mail.file) && predicate(mail));
      if (match) {
        this.taken.add(match.file);
        return match;
      }
      if (Date.now() >= deadline) break;
      await sleep(interval);
    }
    const seen = this.all().map((m) => `  ${m.file}${this.taken.has(m.file) ? ' (taken)' : ''}: to ${m.to}: ${m.subject}`);
    throw new Error(`no new e-mail in ${this.dir} within ${timeout / 1000} s: ${what}\nin the folder:\n${seen.join('\n') || '  (nothing)'}`);
  }
}

/** `mail.to` holds `address` (alone or as `Name <address>`), case-insensitively. */
export function sentTo(mail, address) {
  const a = address.toLowerCase();
  return mail.to.toLowerCase().split(',').some((r) => r.trim() === a || r.includes(`<${a}>`));
}
