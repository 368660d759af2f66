// The `digione-receiver` command.
//   digione-receiver                      start the receiver (settings from DIGIONE_* variables)
//   digione-receiver erase --email ADDR   erase every submission naming ADDR; prints how many
//   digione-receiver retention            erase contact data older than DIGIONE_RETENTION_DAYS now
import { parseArgs } from 'node:util';
import { ConfigError, DEFAULT_SQLITE_PATH, applyRetention, openDatabase, readConfig, startReceiver, submissionStore } from './index.js';

const USAGE = `Usage:
  digione-receiver                      start the receiver (configuration: DIGIONE_* environment variables)
  digione-receiver erase --email ADDR   erase every submission naming ADDR and print how many
  digione-receiver retention            erase contact data older than DIGIONE_RETENTION_DAYS now`;

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
  const { values, positionals } = parseArgs({ args: argv, options: { email: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
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
      await withStore(async (store, config) => `Erased the contact data of ${await applyRetention(store, config.retentionDays)} submission(s) older than ${config.retentionDays} days.`);
    } else {
      throw new ConfigError(`Unknown command "${command}".\n${USAGE}`);
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  }
}
