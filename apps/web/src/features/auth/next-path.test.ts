import { describe, expect, test } from 'vitest';
import { loginPath, noticeOfState, safeNextPath } from './next-path';

describe('safeNextPath', () => {
  test('keeps a path of this app with its query', () => {
    expect(safeNextPath('/regions?q=bambu')).toBe('/regions?q=bambu');
  });

  test.each([
    null,
    '',
    'https://evil.example',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    '/login',
    '/login?next=/x',
  ])('refuses %s', (value) => {
    expect(safeNextPath(value)).toBe('/');
  });
});

describe('loginPath', () => {
  test('names the page to come back to', () => {
    expect(loginPath('/audit?action=user.create')).toBe('/login?next=%2Faudit%3Faction%3Duser.create');
  });

  test('needs no next for the home page', () => {
    expect(loginPath('/')).toBe('/login');
  });
});

describe('noticeOfState', () => {
  test('reads a known notice and ignores anything else', () => {
    expect(noticeOfState({ notice: 'session_expired' })).toBe('session_expired');
    expect(noticeOfState({ notice: 'other' })).toBeUndefined();
    expect(noticeOfState(null)).toBeUndefined();
  });
});
