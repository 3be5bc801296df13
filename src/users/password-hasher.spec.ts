import { hashPassword, verifyPassword } from './password-hasher';

describe('password hashing', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hashed = await hashPassword('una clave larga de prueba');
    expect(hashed).toMatch(/^\$argon2id\$v=19\$/);
    await expect(verifyPassword(hashed, 'una clave larga de prueba')).resolves.toBe(true);
    await expect(verifyPassword(hashed, 'una clave larga de prueba ')).resolves.toBe(false);
  });

  it('verifies the hashes stored by the earlier library (argon2 0.45: 64 MiB, 3 passes, 4 lanes)', async () => {
    const before = '$argon2id$v=19$m=65536,p=4,t=3$9dvg3gW/egxgsxkqj7M1Yw$s7dPnKFT09pI1oej1GLQDo3DTQV+XXyhFDdR5XgbHpM';
    await expect(verifyPassword(before, 'clave-de-antes-2026')).resolves.toBe(true);
    await expect(verifyPassword(before, 'clave-de-antes-2027')).resolves.toBe(false);
  });
});
