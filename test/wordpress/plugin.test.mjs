// The WordPress plugin in a real WordPress 6.1 (Debian's package, MariaDB, php -S), driven in
// Chromium: an administrator activates the plugin and sets the site defaults; an editor (not an
// administrator) adds each block in the block editor, sets its attributes in the sidebar and
// publishes; the public page renders the widgets, a join form posts to a real receiver, and the
// library loads only where a block or shortcode is. Screenshots go to .test-results/wordpress/.
// Without PHP, WordPress or MariaDB it is one skipped test saying why, unless
// DIGIONE_REQUIRE_WORDPRESS=1 (CI), which makes that a failure.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, root, startTestReceiver, watchConsole } from '../e2e/support.mjs';
import { missing, startWordPress } from './support.mjs';

const plugin = join(root, 'dist/wordpress/digione-widgets');
const shots = join(root, '.test-results/wordpress');
const integrity = JSON.parse(readFileSync(join(root, 'dist/integrity.json'), 'utf8'))['digione-widgets.js'];
const TAGS = ['digione-readiness-checker', 'digione-event-card', 'digione-join-form'];

const why = missing();
if (why && process.env.DIGIONE_REQUIRE_WORDPRESS !== '1') {
  test(`WordPress plugin tests skipped: ${why}`, { skip: why }, () => {});
} else {
  if (why) throw new Error(`DIGIONE_REQUIRE_WORDPRESS=1 but ${why}`);
  suite();
}

function suite() {
  let site;
  let receiver;
  let browser;
  let admin;
  let editor;
  const editorUser = { user: 'toimittaja', password: 'Toimittaja-salasana-2026' };
  const state = {};

  before(async () => {
    mkdirSync(shots, { recursive: true });
    site = await startWordPress({ plugin });
    receiver = await startTestReceiver(site.url, {
      token: undefined,
      rateLimitPerMinute: 100_000,
    });
    site.wp(
      `wp_insert_user( array( 'user_login' => '${editorUser.user}', 'user_pass' => '${editorUser.password}', 'user_email' => 'toimittaja@esimerkkila.example', 'role' => 'editor' ) );`,
    );
    browser = await launchBrowser();
    admin = await signIn(site.admin);
    editor = await signIn(editorUser);
  });

  after(async () => {
    await browser?.close();
    await receiver?.close();
    await site?.stop();
  });

  async function signIn({ user, password }) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/wp-login.php`);
    await page.fill('#user_login', user);
    await page.fill('#user_pass', password);
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
    await page.close();
    return context;
  }

  test('an administrator activates the plugin and sets the site defaults in Settings → DigiOne', async () => {
    const page = await admin.newPage();
    await page.goto(`${site.url}/wp-admin/plugins.php`);
    await page.locator('tr[data-plugin="digione-widgets/digione-widgets.php"] .activate a').click();
    const row = page.locator('tr.active[data-plugin="digione-widgets/digione-widgets.php"]');
    await row.waitFor();
    assert.equal(
      (await row.locator('.plugin-title strong').textContent()).trim(),
      'DigiOne-widgetit',
      'the plugin’s own Finnish translation is loaded (WPLANG fi)',
    );

    await page.goto(`${site.url}/wp-admin/options-general.php?page=digione-widgets`);
    state.endpoint = `${receiver.url}/api/submissions`;
    await page.fill('#digione_widgets_endpoint', 'http://example.com/not-https');
    await page.fill('#digione_widgets_privacy_url', '/tietosuoja');
    await page.fill('#digione_widgets_municipality', 'Espoo');
    await page.fill('#digione_widgets_color-primary', '#00507a');
    await page.fill('#digione_widgets_color-focus', 'red;}body{display:none');
    await page.evaluate(() => document.querySelector('#digione_widgets_color-focus').removeAttribute('pattern'));
    await Promise.all([page.waitForURL(/settings-updated=true/, { waitUntil: 'domcontentloaded' }), page.click('#submit')]);
    const errors = await page.locator('.notice-error, .error').allTextContents();
    assert.match(errors.join(' '), /https:\/\//, 'the refused endpoint is explained');
    assert.match(errors.join(' '), /#rrggbb/, 'the refused colour is explained');
    assert.equal(await page.inputValue('#digione_widgets_endpoint'), '', 'a refused endpoint is not saved');
    assert.equal(await page.inputValue('#digione_widgets_color-focus'), '');

    await page.fill('#digione_widgets_endpoint', state.endpoint);
    await page.click('#submit');
    await page.locator('#setting-error-settings_updated').waitFor();
    assert.equal(await page.inputValue('#digione_widgets_endpoint'), state.endpoint);
    assert.equal(await page.inputValue('#digione_widgets_color-primary'), '#00507a');
    await page.close();
  });

  test('an editor cannot open the settings page', async () => {
    const page = await editor.newPage();
    const answer = await page.goto(`${site.url}/wp-admin/options-general.php?page=digione-widgets`);
    assert.equal(answer.status(), 403);
    assert.equal(await page.locator('#digione_widgets_endpoint').count(), 0);
    await page.close();
  });

  test('an editor adds the three blocks in the block editor, sets them in the sidebar and publishes', async (t) => {
    const page = await editor.newPage();
    t.after(async () => {
      if (!state.page && !page.isClosed()) await page.screenshot({ path: join(shots, 'editor-failure.png') });
    });
    const log = watchConsole(page);
    await page.goto(`${site.url}/wp-admin/post-new.php?post_type=page`);
    await page.waitForFunction(() => window.wp?.data?.select('core/edit-post') && window.wp.blocks.getBlockType('digione/join-form'));
    await page.evaluate(() => {
      const { select, dispatch } = window.wp.data;
      if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
    });
    await page.getByRole('textbox', { name: 'Add title' }).fill('DigiOne-liittyminen');

    const sidebar = page.locator('.block-editor-block-inspector');
    const field = (attribute) => sidebar.getByLabel(new RegExp(`\\(${attribute}\\)$`));
    async function insert(title) {
      const toggle = page.getByRole('button', { name: 'Toggle block inserter' });
      if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
      await page.getByRole('searchbox').fill('DigiOne');
      await page.getByRole('option', { name: title }).click();
      if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
      const settings = page.getByRole('button', { name: 'Settings', exact: true });
      if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
      await sidebar.getByRole('button', { name: 'Widgetin asetukset' }).waitFor();
    }

    await insert('DigiOne: valmiuskartoitus');
    await field('municipality').fill('Tampere');
    await field('heading-level').selectOption('3');
    await field('src').fill('javascript:alert(1)');
    assert.match(await sidebar.textContent(), /Widget ei seuraa tätä linkkiä/, 'the sidebar says what the widget refuses (in Finnish)');
    await field('src').fill('');
    await page.locator('.editor-styles-wrapper digione-readiness-checker').waitFor();
    await page.screenshot({ path: join(shots, 'editor-readiness-checker.png') });

    await insert('DigiOne: infotilaisuus');
    await field('heading').fill('Tietoisku DigiOnesta');
    await field('start').fill('2099-09-15T09:00');
    await field('end').fill('2099-09-15T09:45');
    await field('location').fill('Kuntatalo');
    await field('description').fill('Rivi yksi\n<b>ei lihavoitu</b>');
    await field('event-id').fill('digione-2099-09-15@esimerkkila.example');
    await page.screenshot({ path: join(shots, 'editor-event-card.png') });

    await insert('DigiOne: liittymislomake');
    await field('privacy-url').fill('/tietosuoja/digione');
    await field('no-draft').check();
    assert.match(await sidebar.textContent(), new RegExp(`sivuston oletus ${state.endpoint.replace(/[.]/g, '\\.')}`), 'the site default endpoint is shown');
    await page.screenshot({ path: join(shots, 'editor-join-form.png') });

    // The live preview: the elements themselves, rendered by the bundled library in the editor.
    const preview = await page.evaluate(async (tags) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      return tags.map((tag) => {
        const element = document.querySelector(`.editor-styles-wrapper ${tag}`);
        return { tag, text: (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60) };
      });
    }, TAGS);
    for (const { tag, text } of preview) assert.ok(text.length > 0, `${tag} previews in the editor`);
    assert.match(preview[1].text, /Tietoisku DigiOnesta/);

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.locator('.editor-post-publish-panel').getByRole('button', { name: 'Publish', exact: true }).click();
    await page.locator('.post-publish-panel__postpublish').waitFor();
    state.page = await page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
    assert.ok(state.page);
    assert.deepEqual(log.pageErrors, []);
    await page.close();
  });

  test('the public page: the widgets render with the sidebar values and the site defaults, and the join form posts to the receiver', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const log = watchConsole(page);
    await page.goto(state.page);
    const script = page.locator('script[src*="/wp-content/plugins/digione-widgets/assets/digione-widgets.js"]');
    assert.equal(await script.count(), 1, 'the bundled library, once');
    assert.match(await script.getAttribute('src'), /\?ver=\d+\.\d+\.\d+/, 'versioned');
    assert.equal(await script.getAttribute('integrity'), integrity, 'with the build’s integrity hash');
    assert.equal(await script.getAttribute('crossorigin'), 'anonymous');
    const thirdParty = await page.evaluate(
      (origin) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => !entry.name.startsWith(origin))
          .map((entry) => entry.name),
      site.url,
    );
    assert.deepEqual(thirdParty, [], 'no third-party request');

    const rendered = await page.evaluate(async (tags) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await Promise.all(tags.map((tag) => document.querySelector(tag).updateComplete));
      return Object.fromEntries(
        tags.map((tag) => {
          const element = document.querySelector(tag);
          const attributes = Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));
          return [
            tag,
            {
              attributes,
              text: element.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
              primary: getComputedStyle(element).getPropertyValue('--digione-color-primary').trim(),
            },
          ];
        }),
      );
    }, TAGS);
    const checker = rendered['digione-readiness-checker'];
    assert.equal(checker.attributes.municipality, 'Tampere', 'the sidebar value wins over the default');
    assert.equal(checker.attributes['heading-level'], '3');
    assert.equal(checker.attributes.endpoint, state.endpoint, 'the site default endpoint');
    assert.equal(checker.attributes.src, undefined);
    const card = rendered['digione-event-card'];
    assert.equal(card.attributes.heading, 'Tietoisku DigiOnesta');
    assert.equal(card.attributes.endpoint, undefined, 'an event card takes no site-wide endpoint');
    assert.match(card.text, /Tietoisku DigiOnesta/);
    assert.match(card.text, /<b>ei lihavoitu<\/b>/, 'markup in the description is text');
    assert.equal(await page.locator('digione-event-card b').count(), 0);
    const form = rendered['digione-join-form'];
    assert.deepEqual(
      {
        endpoint: form.attributes.endpoint,
        privacy: form.attributes['privacy-url'],
        municipality: form.attributes.municipality,
        noDraft: form.attributes['no-draft'],
      },
      { endpoint: state.endpoint, privacy: '/tietosuoja/digione', municipality: 'Espoo', noDraft: '' },
    );
    for (const tag of TAGS) assert.equal(rendered[tag].primary, '#00507a', `${tag}: the site's primary colour`);
    assert.equal(
      (await page.locator('style#digione-widgets-tokens-inline-css').textContent()).trim(),
      'digione-event-card,digione-readiness-checker,digione-join-form{--digione-color-primary:#00507a;}',
      'the site’s tokens for the three elements, and nothing of the refused colour',
    );

    await page.locator('digione-join-form').evaluate((element) => {
      element.prefill = {
        contactName: 'Maija Meikäläinen',
        title: 'Sivistysjohtaja',
        email: 'maija.meikalainen@espoo.fi',
        interests: ['identity'],
        timeframe: 'next-term',
      };
    });
    await page.locator('digione-join-form #consent').check();
    await page.screenshot({ path: join(shots, 'public-page.png'), fullPage: true });
    await page.locator('digione-join-form button[type="submit"]').click();
    await page
      .locator('digione-join-form')
      .getByText(/Kiitos/)
      .first()
      .waitFor();
    const rows = await receiver.store.rows({ type: 'fi.digione.join.requested' });
    assert.equal(rows.length, 1, 'one stored row');
    assert.deepEqual(rows[0].envelope.data.municipality, { code: '049', name: 'Espoo – Esbo' });
    assert.equal(rows[0].envelope.source, state.page);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  test('pages without a block or shortcode do not load the library', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/?p=1`);
    assert.match(await page.title(), /Hello world|Esimerkkilän/);
    assert.equal(await page.locator('script[src*="digione-widgets"]').count(), 0);
    assert.equal(await page.locator('style#digione-widgets-tokens-inline-css').count(), 0);
    await page.close();
  });

  test('the [digione] shortcode in a classic post renders the element with checked attributes', async () => {
    const id = site.wp(`echo wp_insert_post( array(
      'post_title' => 'Klassinen artikkeli', 'post_status' => 'publish', 'post_author' => get_user_by( 'login', '${editorUser.user}' )->ID,
      'post_content' => "<p>Tervetuloa infoon.</p>\\n[digione widget=\\"event-card\\" heading=\\"Klassinen tietoisku\\" start=\\"2099-10-01\\" location=\\"Kirjasto\\" online-url=\\"javascript:alert(1)\\" heading-level=\\"9\\" onclick=\\"alert(1)\\"]\\n[digione widget=\\"nope\\"]",
    ) );`);
    const page = await browser.newPage();
    const log = watchConsole(page);
    await page.goto(`${site.url}/?p=${id.trim()}`);
    assert.equal(await page.locator('script[src*="/wp-content/plugins/digione-widgets/assets/digione-widgets.js"][integrity]').count(), 1);
    const card = await page.locator('digione-event-card').evaluate(async (element) => {
      await customElements.whenDefined('digione-event-card');
      await element.updateComplete;
      return { attributes: element.getAttributeNames().sort(), text: element.shadowRoot.textContent.replace(/\s+/g, ' ') };
    });
    assert.deepEqual(
      card.attributes,
      ['class', 'heading', 'location', 'privacy-url', 'start'],
      'the javascript: URL, the bad heading level and unknown attributes are dropped',
    );
    assert.match(card.text, /Klassinen tietoisku/);
    assert.match(card.text, /Kirjasto/);
    assert.equal(await page.locator('digione-readiness-checker, digione-join-form').count(), 0);
    await page.screenshot({ path: join(shots, 'shortcode-post.png'), fullPage: true });
    assert.deepEqual(log.pageErrors, []);
    await page.close();
  });

  test('WordPress logged no PHP notice, warning or error from the plugin', () => {
    const lines = site
      .debugLog()
      .split('\n')
      .filter((line) => line.includes('/plugins/digione-widgets/'));
    assert.deepEqual(lines, []);
  });
}
