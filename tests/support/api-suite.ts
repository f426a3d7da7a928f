import { afterAll, beforeAll } from '@jest/globals';
import type { AppConfig } from '../../apps/api/src/config/app-config.js';
import { startApi, type ApiHarness } from './api-harness.js';
import type { TestMunicipality } from './factories.js';

/** The API of a suite and the municipality its tests work in. */
export interface ApiSuite {
  api: ApiHarness;
  town: TestMunicipality;
}

/**
 * Starts the API (own database copy) and creates one municipality before the suite, and stops the
 * API after it. Call inside `describe`; the fields of the returned object are set in `beforeAll`.
 */
export function withApiAndTown(overrides: Partial<AppConfig> = {}): ApiSuite {
  const suite = {} as ApiSuite;
  beforeAll(async () => {
    suite.api = await startApi(overrides);
    suite.town = await suite.api.factories.createMunicipality();
  });
  afterAll(() => suite.api?.close());
  return suite;
}
