// Issue 4 acceptance: residents support until the threshold, the initiative moves to "in behandeling"
// with a due date, the facilitator finds it in the inbox and answers with a decision from a template,
// the public page shows the response, and the public figures page shows the numbers.
// Every page visited passes axe.
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, startE2eApp } from '../support/e2e-harness.js';
import { horizontalOverflow, logInThroughUi, openPage, unexpectedPageErrors, waitForHeading } from './e2e-helpers.js';

type E2eApp = Awaited<ReturnType<typeof startE2eApp>>;

describe('support threshold, decision and public figures', () => {
  let app: E2eApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startE2eApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('two supports reach the threshold; the facilitator decides from a template; everyone sees it', async () => {
    await app.setSupportThreshold(2);
    const author = await app.factories.createUser({});
    const first = await app.factories.createUser({});
    const second = await app.factories.createUser({});
    const facilitator = await app.factories.createUser({ role: 'facilitator' });
    const initiative = await app.factories.createInitiative({ authorId: author.id, title: 'Bankjes in het park' });
    await app.sql(`INSERT INTO response_template (municipality_id, name, kind, body) VALUES ($1, $2, 'decision', $3)`, [
      app.municipality.id,
      'Besluit: overnemen',
      'Beste {naam}, de gemeente neemt ‘{titel}’ over. We plaatsen de bankjes dit voorjaar.',
    ]);

    const residents = [await openPage(browser, app.baseUrl), await openPage(browser, app.baseUrl, { width: 360, height: 780 })];
    const staff = await openPage(browser, app.baseUrl);
    const visitor = await openPage(browser, app.baseUrl, { width: 360, height: 780 });
    try {
      for (const [index, user] of [first, second].entries()) {
        const { page } = residents[index];
        await logInThroughUi(page, user);
        await page.goto(`/initiatieven/${initiative.id}`);
        await waitForHeading(page, initiative.title);
        await page.getByText(`${index} van de 2 bewoners`, { exact: false }).waitFor();
        await expectAccessible(page);
        await page.getByRole('button', { name: 'Steunen' }).click();
        await page.getByRole('status').getByText('U steunt dit initiatief.').waitFor();
        await page.getByText(`${index + 1} van de 2 bewoners`, { exact: false }).waitFor();
      }
      // The second support crossed the threshold: under review, with a decision date for everyone.
      const last = residents[1].page;
      await last.reload();
      await waitForHeading(last, initiative.title);
      await last.getByText('In behandeling bij de gemeente').first().waitFor();
      await last.getByText(/Genoeg steun! De gemeente neemt uiterlijk \d+ \w+ \d{4} een besluit\./).waitFor();
      await expectAccessible(last);
      const overflow = await horizontalOverflow(last);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);

      // The facilitator finds it in the inbox as a decision to take, and answers from the template.
      const s = staff.page;
      await logInThroughUi(s, facilitator);
      await s.getByRole('navigation').getByRole('link', { name: 'Inbox' }).click();
      await waitForHeading(s, 'Inbox');
      // Awaiting both a first response and a decision; only decisions, please.
      await s.getByLabel('Soort', { exact: true }).selectOption('DECISION');
      await s.getByText('1 onderwerp wacht op de gemeente').waitFor();
      const item = s.getByRole('article', { name: initiative.title });
      await item.getByText('Besluit', { exact: false }).waitFor();
      await item.getByText(/uiterlijk \d+ \w+ \d{4}/).waitFor();
      await expectAccessible(s);
      await item.getByRole('link', { name: initiative.title }).click();
      await waitForHeading(s, initiative.title);
      await s.getByLabel('Begin met een sjabloon').selectOption({ label: 'Besluit: overnemen' });
      expect(await s.getByLabel('Soort reactie').inputValue()).toBe('DECISION');
      expect(await s.getByLabel('Uw reactie').inputValue()).toContain(
        `Beste ${author.displayName}, de gemeente neemt ‘${initiative.title}’ over.`,
      );
      await s.getByLabel('Besluit', { exact: true }).selectOption('ADOPT');
      await expectAccessible(s);
      await s.getByRole('button', { name: 'Reactie plaatsen' }).click();
      await s.getByRole('status').getByText('Uw reactie is geplaatst.').waitFor();
      await expectAccessible(s);

      // The public page shows the decision, signed for the municipality.
      const v = visitor.page;
      await v.goto(`/initiatieven/${initiative.id}`);
      await waitForHeading(v, initiative.title);
      await v.getByRole('heading', { level: 3, name: 'Besluit – overgenomen' }).waitFor();
      await v
        .getByRole('region', { name: 'Reactie van de gemeente' })
        .getByText('We plaatsen de bankjes dit voorjaar.', { exact: false })
        .waitFor();
      await v.getByText('Overgenomen', { exact: true }).first().waitFor();
      await expectAccessible(v);

      // The public figures: one initiative published, answered, nothing late.
      await v.getByRole('contentinfo').getByRole('link', { name: 'Cijfers: hoe snel reageert de gemeente?' }).click();
      await waitForHeading(v, 'Cijfers');
      const table = v.getByRole('table', { name: 'Reactietijden van de gemeente per gebied (in kalenderdagen)' });
      const whole = table.getByRole('row', { name: /Hele gemeente/ });
      await whole.waitFor();
      const cells = await whole.getByRole('cell').allTextContents();
      expect(cells[0]).toBe('1'); // published
      expect(cells[2]).toBe('0'); // overdue
      expect(cells[3]).toMatch(/^\d+(,\d+)? dag(en)?$/); // median days to a first response
      expect(cells[6]).toMatch(/^\d+(,\d+)? dag(en)?$/); // median days to the decision
      expect(await table.getByRole('columnheader', { name: 'Besluit op tijd' }).count()).toBe(1);
      await v.getByText('1 initiatief gepubliceerd.', { exact: false }).waitFor();
      await expectAccessible(v);
      const figuresOverflow = await horizontalOverflow(v);
      expect(figuresOverflow.scrollWidth).toBeLessThanOrEqual(figuresOverflow.clientWidth);

      for (const opened of [...residents, staff, visitor]) {
        expect(unexpectedPageErrors(opened.pageErrors)).toEqual([]);
      }
    } finally {
      for (const opened of [...residents, staff, visitor]) {
        await opened.context.close();
      }
    }
  });
});
