// The `digione-receiver` command.
//   digione-receiver                      start the receiver (settings from DIGIONE_* variables)
//   digione-receiver erase --email ADDR   erase every submission naming ADDR; prints how many
//   digione-receiver retention            erase contact data older than DIGIONE_RETENTION_DAYS now
//   digione-receiver user add --email ADDR --role admin|viewer [--password-stdin]
import { parseArgs } from 'node:util';
import { ConfigError, DEFAULT_SQLITE_PATH, applyRetention, openDatabase, readConfig, startReceiver, submissionStore, userStore } from './index.js';
import { ROLES } from './database/users.js';
import { PASSWORD_MAX, PASSWORD_MIN, hashPassword } from './inbox/secrets.js';

const USAGE = `Usage:
  digione-receiver                      start the receiver (configuration: DIGIONE_* environment variables)
  digione-receiver erase --email ADDR   erase every submission naming ADDR and print how many
  digione-receiver retention            erase contact data older than DIGIONE_RETENTION_DAYS now
  digione-receiver user add --email ADDR --role admin|viewer [--password-stdin]
                                        add an inbox user (or change one's role) and print a one-time
                                        sign-in link (valid 24 h); --password-stdin also sets the
                                        password read from standard input`;

/** @param {(store: import('./database/submissions.js').SubmissionStore, config: import('./config.js').Config) => Promise<string>} task */
async function withStore(task) {
  const config = readConfig(process.env, DEFAULT_SQLITE_PATH);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath });
  try {
    console.log(await task(submissionStore(database.db), config));
  } finally {
    await database.db.destroy();
  }
}

/** The first line of standard input (a password piped in; never an argument, which `ps` shows). */
async function readStdinLine() {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0];
}

/** @param {{ email?: string, role?: string, 'password-stdin'?: boolean }} values */
async function addUser(values) {
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) throw new ConfigError('user add needs --email ADDRESS');
  const role = /** @type {'admin' | 'viewer'} */ (values.role);
  if (!ROLES.includes(role)) throw new ConfigError('user add needs --role admin or --role viewer');
  /** @type {string | undefined} */
  let passwordHash;
  if (values['password-stdin']) {
    const password = await readStdinLine();
    if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX)
      throw new ConfigError(`The password needs ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`);
    passwordHash = await hashPassword(password);
  }
  await withStore(async (store, config) => {
    const users = userStore(store.db);
    const { user, created } = await users.add({ email, role, passwordHash });
    await users.audit({ actor: 'cli', action: created ? 'user-add' : 'user-update', target: user.id, detail: { role, password: Boolean(passwordHash) } });
    const token = await users.createLink(user.id);
    const base = config.publicUrl ?? `http://${config.host}:${config.port}`;
    return `${created ? 'Added' : 'Updated'} ${role} ${email}.${passwordHash ? ' Password set.' : ''}
One-time sign-in link (valid 24 hours; it can also set a password):
${base}/inbox/sign-in/link?token=${token}`;
  });
}

async function serve() {
  const receiver = await startReceiver({ logger: true });
  receiver.app.log.info({ database: receiver.databaseKind, url: receiver.url }, 'receiver started');
  let stopping = false;
  const stop = async (/** @type {string} */ signal) => {
    if (stopping) return;
    stopping = true;
    receiver.app.log.info({ signal }, 'stopping: finishing requests in flight');
    await receiver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/** @param {string[]} argv */
export async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { email: { type: 'string' }, role: { type: 'string' }, 'password-stdin': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  const [command = 'serve'] = positionals;
  try {
    if (values.help) {
      console.log(USAGE);
    } else if (command === 'serve') {
      await serve();
    } else if (command === 'erase') {
      const email = values.email?.trim();
      if (!email || !email.includes('@')) throw new ConfigError('erase needs --email ADDRESS');
      // The address is not printed or logged: the answer says only how many were erased.
      await withStore(async (store) => `Erased ${await store.eraseByEmail(email)} submission(s).`);
    } else if (command === 'retention') {
      await withStore(
        async (store, config) =>
          `Erased the contact data of ${await applyRetention(store, config.retentionDays)} submission(s) older than ${config.retentionDays} days.`,
      );
    } else if (command === 'user' && positionals[1] === 'add') {
      await addUser(values);
    } else {
      throw new ConfigError(`Unknown command "${command}".\n${USAGE}`);
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  }
}
