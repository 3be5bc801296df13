import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default) with OWASP's recommended parameters (19 MiB, 2 passes). This
// library ships a prebuilt binary that runs here; the `argon2` package's prebuilt one crashed
// (SIGSEGV) in Jest's workers and had to be compiled at every install. Both write the standard
// PHC string ($argon2id$v=19$m=…), so the hashes stored before the change still verify.
export const hashPassword = (password: string): Promise<string> => hash(password);
export const verifyPassword = (hashed: string, password: string): Promise<boolean> => verify(hashed, password);
