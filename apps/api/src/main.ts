import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory.js';
import { loadConfig } from './config/app-config.js';
import { runMigrations } from './database/run-migrations.js';
import { seedDemoIfEmpty } from './modules/seed/demo-seed.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  const logger = new Logger('Dialoog');
  const db = app.get(DataSource);
  if (config.runMigrations) {
    const ran = await runMigrations(db);
    logger.log(ran.length > 0 ? `Migrations run: ${ran.join(', ')}` : 'Database schema is up to date.');
  }
  if (process.env.SEED_DEMO === '1') {
    const password = process.env.DEMO_PASSWORD;
    if (!password) {
      throw new Error('SEED_DEMO=1 needs DEMO_PASSWORD (npm start generates one).');
    }
    const seeded = await seedDemoIfEmpty(db, password);
    logger.log(seeded ? 'Demo municipality "Gemeente Voorbeeld" created.' : 'Database has data: no demo data added.');
  }
  await app.listen(config.port);
  logger.log(`Dialoog listens on http://localhost:${config.port} (API: /graphql)`);
}

main().catch((error: unknown) => {
  // eslint-disable-next-line no-console
  console.error(error);
  process.exit(1);
});
