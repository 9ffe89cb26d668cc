import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, dataDir: './data' });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.distDir).toMatch(/dist$/);
  });

  it('reads every variable, treating empty ones as unset', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '0',
      DATA_DIR: '/var/crux',
      DATABASE_URL: 'postgres://u:p@db.example:5433/crux',
      CRUX_DIST_DIR: '',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 0,
      dataDir: '/var/crux',
      databaseUrl: 'postgres://u:p@db.example:5433/crux',
    });
    expect(config.distDir).toMatch(/dist$/);
  });

  it.each(['abc', '70000', '-1', '3.5'])(
    'refuses PORT=%s with one line saying what is allowed',
    (port) => {
      expect(() => loadConfig({ PORT: port })).toThrow(ConfigError);
      expect(() => loadConfig({ PORT: port })).toThrow(
        `PORT=${port} is not valid: expected a whole number from 0 to 65535 (0 picks any free port).`,
      );
    },
  );

  it('refuses a DATABASE_URL that is not postgres:// without echoing it', () => {
    const attempt = () => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/crux' });
    expect(attempt).toThrow(/^DATABASE_URL is not valid: expected postgres:\/\//);
    expect(attempt).not.toThrow(/hunter2/);
  });
});
