// A real WordPress for the plugin's test: Debian's wordpress package (6.1) copied into a temp
// folder with its own wp-config.php, its own MariaDB database and user (created here, dropped in
// stop()), served by `php -S` on a free 127.0.0.1 port and installed through install.php.
// Nothing outside the temp folder and the database is touched.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WORDPRESS = '/usr/share/wordpress';
const THEME = `${WORDPRESS}/wp-content/themes/twentytwentythree`;
const DB = { host: '127.0.0.1', port: 3306, user: 'root', password: '' };

/** Runs PHP code (a file's text) with the arguments; returns stdout. */
export function php(code, args = [], options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'digione-php-'));
  try {
    writeFileSync(join(dir, 'run.php'), code);
    return execFileSync('php', [join(dir, 'run.php'), ...args], { encoding: 'utf8', ...options });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const SQL = `<?php
mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
$db = new mysqli('${DB.host}', '${DB.user}', '${DB.password}', '', ${DB.port});
foreach (array_slice($argv, 1) as $statement) { $db->query($statement); }
echo "ok";`;

/** Why the WordPress test cannot run here, or undefined when it can. */
export function missing() {
  if (spawnSync('php', ['--version']).status !== 0) return 'no php (apt-get install php-cli php-mysql)';
  if (!existsSync(`${WORDPRESS}/wp-settings.php`)) return 'no WordPress in /usr/share/wordpress (apt-get install wordpress)';
  if (!existsSync(`${THEME}/theme.json`)) return 'no Twenty Twenty-Three theme (apt-get install wordpress-theme-twentytwentythree)';
  try {
    php(SQL, ['SELECT 1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    return `no MariaDB answering on ${DB.host}:${DB.port} as root (${String(error.stderr || error.message)
      .trim()
      .split('\n')
      .pop()})`;
  }
  return undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const secret = () => randomBytes(24).toString('hex');

/**
 * Starts a fresh WordPress with the plugin folder copied in (not activated).
 * Returns { url, dir, admin: { user, password }, wp(code), debugLog(), stop() }.
 */
export async function startWordPress({ plugin }) {
  const dir = mkdtempSync(join(tmpdir(), 'digione-wordpress-'));
  const root = join(dir, 'wp');
  cpSync(WORDPRESS, root, { recursive: true, dereference: true });
  rmSync(join(root, 'wp-content/plugins/akismet'), { recursive: true, force: true });
  cpSync(plugin, join(root, 'wp-content/plugins/digione-widgets'), { recursive: true });

  const name = `digione_wp_${randomBytes(4).toString('hex')}`;
  const password = secret();
  php(SQL, [`CREATE DATABASE ${name}`, `CREATE USER '${name}'@'%' IDENTIFIED BY '${password}'`, `GRANT ALL ON ${name}.* TO '${name}'@'%'`]);
  const dropDatabase = () => php(SQL, [`DROP DATABASE IF EXISTS ${name}`, `DROP USER IF EXISTS '${name}'@'%'`]);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  writeFileSync(
    join(root, 'wp-config.php'),
    `<?php
define( 'DB_NAME', '${name}' );
define( 'DB_USER', '${name}' );
define( 'DB_PASSWORD', '${password}' );
define( 'DB_HOST', '${DB.host}:${DB.port}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', '${secret()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WPLANG', 'fi' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );

  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], {
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // its own process group: stop() ends the server and its workers together
  });
  let serverLog = '';
  server.stderr.on('data', (chunk) => {
    serverLog = (serverLog + chunk).slice(-20_000);
  });
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      process.kill(-server.pid, 'SIGTERM');
      await exited;
    }
    dropDatabase();
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    for (let i = 0; ; i++) {
      const answer = await fetch(`${url}/wp-admin/install.php`).catch(() => undefined);
      if (answer) break;
      if (i > 100) throw new Error(`php -S did not answer: ${serverLog}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const admin = { user: 'paakayttaja', password: secret() };
    const install = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({
        weblog_title: 'Esimerkkilän kunta',
        user_name: admin.user,
        admin_password: admin.password,
        admin_password2: admin.password,
        pw_weak: '1',
        admin_email: 'webmaster@esimerkkila.example',
        blog_public: '0',
      }),
    });
    const page = await install.text();
    if (!page.includes('Success')) throw new Error(`WordPress did not install: ${page.slice(0, 2000)}`);

    /** Runs PHP inside this WordPress (wp-load.php), as WP-CLI would; returns its output. */
    const wp = (code) =>
      php(`<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
require '${join(root, 'wp-load.php')}';
${code}`);
    const debugLog = () => (existsSync(join(dir, 'debug.log')) ? readFileSync(join(dir, 'debug.log'), 'utf8') : '');
    return { url, dir, admin, wp, debugLog, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
