import { describe, expect, it } from 'vitest';
import { loadConfig, redactUrl } from './config.ts';
import { StartupError } from './core/errors.ts';

const CWD = '/srv/tribune';

/** The StartupError loadConfig throws for `env`; fails the test if it does not throw one. */
function startupError(env: Record<string, string>): StartupError {
  try {
    loadConfig(env, CWD);
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return error as StartupError;
  }
  throw new Error(`expected loadConfig to throw for ${JSON.stringify(env)}`);
}

describe('loadConfig defaults', () => {
  const config = loadConfig({}, CWD);

  it('listens on port 3000 on the loopback interface', () => {
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
  });

  it('keeps data in ./data below the working directory', () => {
    expect(config.dataDir).toBe('/srv/tribune/data');
  });

  it('uses a SQLite file in the data folder', () => {
    expect(config.database).toEqual({
      dialect: 'sqlite',
      file: '/srv/tribune/data/tribune.sqlite',
    });
  });

  it('serves the network at http://localhost:3000 and logs at info', () => {
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.logLevel).toBe('info');
  });

  it('treats empty and blank variables as unset', () => {
    const blank = loadConfig(
      { PORT: '', HOST: ' ', TRIBUNE_DATA_DIR: '', TRIBUNE_DATABASE_URL: '  ' },
      CWD,
    );
    expect(blank.port).toBe(3000);
    expect(blank.host).toBe('127.0.0.1');
    expect(blank.database).toEqual({ dialect: 'sqlite', file: '/srv/tribune/data/tribune.sqlite' });
  });
});

describe('loadConfig PORT', () => {
  it('reads a port number and uses it in the default public address', () => {
    const config = loadConfig({ PORT: '8080' }, CWD);
    expect(config.port).toBe(8080);
    expect(config.publicUrl).toBe('http://localhost:8080');
  });

  it('accepts 0 for any free port and 65535', () => {
    expect(loadConfig({ PORT: '0' }, CWD).port).toBe(0);
    expect(loadConfig({ PORT: '65535' }, CWD).port).toBe(65535);
  });

  it.each(['abc', '70000', '-1', '3000.5', '1e3', '65536'])(
    'refuses PORT=%s, naming the variable, its value and what to do',
    (value) => {
      const error = startupError({ PORT: value });
      expect(error.message).toContain('PORT');
      expect(error.message).toContain(`"${value}"`);
      expect(error.message).toContain('1 to 65535');
      expect(error.message).toContain('leave it unset for 3000');
    },
  );
});

describe('loadConfig data folder and database', () => {
  it('resolves a relative data folder against the working directory', () => {
    const config = loadConfig({ TRIBUNE_DATA_DIR: 'var/tribune' }, CWD);
    expect(config.dataDir).toBe('/srv/tribune/var/tribune');
    expect(config.database).toEqual({
      dialect: 'sqlite',
      file: '/srv/tribune/var/tribune/tribune.sqlite',
    });
  });

  it('keeps an absolute data folder', () => {
    expect(loadConfig({ TRIBUNE_DATA_DIR: '/var/lib/tribune' }, CWD).dataDir).toBe(
      '/var/lib/tribune',
    );
  });

  it('resolves a relative sqlite: path against the working directory, not the data folder', () => {
    const config = loadConfig(
      { TRIBUNE_DATABASE_URL: 'sqlite:rel/path/news.sqlite', TRIBUNE_DATA_DIR: 'elsewhere' },
      CWD,
    );
    expect(config.database).toEqual({
      dialect: 'sqlite',
      file: '/srv/tribune/rel/path/news.sqlite',
    });
  });

  it('keeps an absolute sqlite: path, also written as sqlite:///', () => {
    expect(loadConfig({ TRIBUNE_DATABASE_URL: 'sqlite:/var/db/t.sqlite' }, CWD).database).toEqual({
      dialect: 'sqlite',
      file: '/var/db/t.sqlite',
    });
    expect(loadConfig({ TRIBUNE_DATABASE_URL: 'sqlite:///var/db/t.sqlite' }, CWD).database).toEqual(
      { dialect: 'sqlite', file: '/var/db/t.sqlite' },
    );
  });

  it('uses a throwaway in-memory database for sqlite::memory:', () => {
    expect(loadConfig({ TRIBUNE_DATABASE_URL: 'sqlite::memory:' }, CWD).database).toEqual({
      dialect: 'sqlite',
      file: ':memory:',
    });
  });

  it('refuses sqlite: without a file', () => {
    const error = startupError({ TRIBUNE_DATABASE_URL: 'sqlite:' });
    expect(error.message).toContain('TRIBUNE_DATABASE_URL');
    expect(error.message).toContain('names no file');
  });

  it('connects to PostgreSQL with the address as it is written', () => {
    const url = 'postgres://u:secret@h:5432/db';
    expect(loadConfig({ TRIBUNE_DATABASE_URL: url }, CWD).database).toEqual({
      dialect: 'postgres',
      url,
    });
  });

  it('accepts the postgresql:// scheme too', () => {
    const url = 'postgresql://tribune@db.internal/tribune';
    expect(loadConfig({ TRIBUNE_DATABASE_URL: url }, CWD).database).toEqual({
      dialect: 'postgres',
      url,
    });
  });

  it('refuses MySQL without printing the password', () => {
    const error = startupError({ TRIBUNE_DATABASE_URL: 'mysql://u:secret@h:3306/db' });
    expect(error.message).toContain('TRIBUNE_DATABASE_URL');
    expect(error.message).toContain('mysql://u:***@h:3306/db');
    expect(error.message).toContain('not a database Tribune supports');
    expect(error.message).not.toContain('secret');
  });

  it('refuses a PostgreSQL address without a database, without printing the password', () => {
    const error = startupError({ TRIBUNE_DATABASE_URL: 'postgres://u:secret@h:5432' });
    expect(error.message).toContain('must name a host and a database');
    expect(error.message).not.toContain('secret');
  });

  it('refuses a bare postgres:// address', () => {
    const error = startupError({ TRIBUNE_DATABASE_URL: 'postgres://' });
    expect(error.message).toContain('must name a host and a database');
    expect(error.message).toContain('postgres://user:password@host:5432/database');
  });

  it('refuses an unparsable PostgreSQL address without printing the password', () => {
    const error = startupError({ TRIBUNE_DATABASE_URL: 'postgres://u:secret@h:99999/db' });
    expect(error.message).toContain('is not a valid address');
    expect(error.message).not.toContain('secret');
  });
});

describe('loadConfig public address and log level', () => {
  it('keeps only the origin of the public address', () => {
    expect(
      loadConfig({ TRIBUNE_PUBLIC_URL: 'https://news.example.org/some/path/' }, CWD).publicUrl,
    ).toBe('https://news.example.org');
  });

  it.each(['news.example.org', 'ftp://news.example.org', 'https://'])(
    'refuses the public address %s',
    (value) => {
      const error = startupError({ TRIBUNE_PUBLIC_URL: value });
      expect(error.message).toContain('TRIBUNE_PUBLIC_URL');
      expect(error.message).toContain('https://news.example.org');
    },
  );

  it('reads the log level whatever its case', () => {
    expect(loadConfig({ TRIBUNE_LOG_LEVEL: 'DEBUG' }, CWD).logLevel).toBe('debug');
    expect(loadConfig({ TRIBUNE_LOG_LEVEL: 'silent' }, CWD).logLevel).toBe('silent');
  });

  it('refuses an unknown log level and lists the valid ones', () => {
    const error = startupError({ TRIBUNE_LOG_LEVEL: 'verbose' });
    expect(error.message).toContain('TRIBUNE_LOG_LEVEL');
    expect(error.message).toContain('"verbose"');
    expect(error.message).toContain('debug, info, warn, error, silent');
  });
});

describe('redactUrl', () => {
  it('hides the password of a database address', () => {
    expect(redactUrl('postgres://tribune:s3cr3t@db:5432/tribune')).toBe(
      'postgres://tribune:***@db:5432/tribune',
    );
  });

  it('leaves an address without a password unchanged', () => {
    expect(redactUrl('postgres://tribune@db/tribune')).toBe('postgres://tribune@db/tribune');
    expect(redactUrl('sqlite:data/tribune.sqlite')).toBe('sqlite:data/tribune.sqlite');
  });

  it('hides a password containing colons and slashes', () => {
    expect(redactUrl('postgres://u:a:b/c@h/db')).toBe('postgres://u:***@h/db');
  });

  it('hides the whole password when it contains an unencoded @', () => {
    // The URL parser takes the last @ as the end of the credentials, so such addresses work.
    const redacted = redactUrl('postgres://u:p@ssword@h:5432/db');
    expect(redacted).toBe('postgres://u:***@h:5432/db');
    expect(redacted).not.toContain('ssword');
  });
});

describe('loadConfig machine translation', () => {
  it('is off unless a provider is named', () => {
    expect(loadConfig({}, CWD).machineTranslation).toBeNull();
    expect(loadConfig({ TRIBUNE_MT_PROVIDER: ' ' }, CWD).machineTranslation).toBeNull();
  });

  it('reads a LibreTranslate server, with or without a key', () => {
    expect(
      loadConfig(
        { TRIBUNE_MT_PROVIDER: 'LibreTranslate', TRIBUNE_MT_URL: 'http://localhost:5000' },
        CWD,
      ).machineTranslation,
    ).toEqual({ provider: 'libretranslate', url: 'http://localhost:5000', apiKey: null });
    expect(
      loadConfig(
        {
          TRIBUNE_MT_PROVIDER: 'libretranslate',
          TRIBUNE_MT_URL: 'https://translate.example.org/lt',
          TRIBUNE_MT_API_KEY: 'lt-key',
        },
        CWD,
      ).machineTranslation,
    ).toEqual({
      provider: 'libretranslate',
      url: 'https://translate.example.org/lt',
      apiKey: 'lt-key',
    });
  });

  it('reads DeepL with its key, leaving the address to the key unless one is given', () => {
    expect(
      loadConfig({ TRIBUNE_MT_PROVIDER: 'deepl', TRIBUNE_MT_API_KEY: 'abc:fx' }, CWD)
        .machineTranslation,
    ).toEqual({ provider: 'deepl', url: null, apiKey: 'abc:fx' });
  });

  it.each([
    [
      { TRIBUNE_MT_PROVIDER: 'google' },
      ['TRIBUNE_MT_PROVIDER', '"google"', 'libretranslate or deepl'],
    ],
    [{ TRIBUNE_MT_PROVIDER: 'libretranslate' }, ['needs TRIBUNE_MT_URL']],
    [{ TRIBUNE_MT_PROVIDER: 'deepl' }, ['needs TRIBUNE_MT_API_KEY']],
    [
      { TRIBUNE_MT_PROVIDER: 'libretranslate', TRIBUNE_MT_URL: 'localhost:5000' },
      ['TRIBUNE_MT_URL', 'http(s)'],
    ],
    [
      { TRIBUNE_MT_URL: 'http://localhost:5000' },
      ['TRIBUNE_MT_PROVIDER is not', 'unset TRIBUNE_MT_URL'],
    ],
    [{ TRIBUNE_MT_API_KEY: 'secret-key' }, ['TRIBUNE_MT_PROVIDER is not']],
  ] as [Record<string, string>, string[]][])(
    'refuses %j in one sentence that says what to do',
    (env, fragments) => {
      const error = startupError(env);
      for (const fragment of fragments) expect(error.message).toContain(fragment);
      // A key is never repeated back.
      expect(error.message).not.toContain('secret-key');
    },
  );
});
