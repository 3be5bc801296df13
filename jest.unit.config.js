// `npm run test:unit`: every unit test (beside the code), with no PostgreSQL, Redis or browser.
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testRegex: '.*(?<!e2e-)\\.spec\\.ts$',
  globalSetup: undefined,
  globalTeardown: undefined,
};
