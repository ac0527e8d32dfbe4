import { expect, it } from 'vitest';

// Guards the point of running unit tests twice: each project really runs in its own zone.
it('runs in the machine time zone its project sets', () => {
  expect(process.env.TZ).toBeTruthy();
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
});
