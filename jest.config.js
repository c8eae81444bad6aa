/** Tests compile with ts-jest (it keeps emitDecoratorMetadata, which type-graphql needs). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
};
