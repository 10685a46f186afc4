import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

/**
 * Inside the monorepo, packages are read from source through the `@wirediff/source`
 * export condition, so tests never wait for (or run against a stale) `dist/`.
 */
export const sourceConditions: string[] = ['@wirediff/source', 'module', 'node', 'development|production'];

/** A vitest project for one workspace package, resolving sibling packages from source. */
export function defineWorkspaceProject(name: string, test: UserWorkspaceConfig['test'] = {}): UserWorkspaceConfig {
  return defineProject({
    resolve: { conditions: sourceConditions },
    ssr: { resolve: { conditions: sourceConditions, externalConditions: ['@wirediff/source'] } },
    test: { name, include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'test/**/*.test.tsx'], ...test },
  });
}
