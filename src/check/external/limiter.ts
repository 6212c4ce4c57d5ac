// Runs tasks with at most `overall` in flight, and at most `perHost` for any one host, so a
// site with hundreds of links to one server does not hammer it.

export class HostLimiter {
  private active = 0;
  private readonly perHostActive = new Map<string, number>();
  private readonly waiting: { host: string; start: () => void }[] = [];

  constructor(private readonly overall: number, private readonly perHost: number) {}

  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.active++;
        this.perHostActive.set(host, (this.perHostActive.get(host) ?? 0) + 1);
        task().then(resolve, reject).finally(() => {
          this.active--;
          this.perHostActive.set(host, (this.perHostActive.get(host) ?? 1) - 1);
          this.next();
        });
      };
      this.waiting.push({ host, start });
      this.next();
    });
  }

  private next(): void {
    for (let i = 0; i < this.waiting.length && this.active < this.overall; ) {
      const w = this.waiting[i];
      if ((this.perHostActive.get(w.host) ?? 0) < this.perHost) {
        this.waiting.splice(i, 1);
        w.start();
      } else i++;
    }
  }
}
