import { describe, expect, it } from "vitest";
import { checkAddress, checkWebhookTarget } from "@/lib/domain/webhooks/check-webhook-target";

const check = (url: string, allowPrivate = false) => checkWebhookTarget(new URL(url), { allowPrivate });

// Private networks: refused by default, allowed by WEBHOOK_ALLOW_PRIVATE_TARGETS=true.
const PRIVATE = [
  "http://127.0.0.1/hook",
  "http://127.1/hook",
  "http://2130706433/hook",
  "http://0x7f.1/hook",
  "http://0x7f000001/hook",
  "http://0177.0.0.1/hook",
  "http://017700000001/hook",
  "http://127.255.255.254:8080/hook",
  "http://[::1]/hook",
  "http://[0:0:0:0:0:0:0:1]/hook",
  "http://[::ffff:127.0.0.1]/hook",
  "http://[::ffff:7f00:1]/hook",
  "http://localhost/hook",
  "http://LOCALHOST./hook",
  "http://api.localhost:3000/hook",
  "http://\uff4c\uff4f\uff43\uff41\uff4c\uff48\uff4f\uff53\uff54/hook",
  "http://10.0.0.1/hook",
  "http://10.255.255.255/hook",
  "http://172.16.0.1/hook",
  "http://172.31.255.1/hook",
  "http://192.168.1.1/hook",
  "http://[::ffff:192.168.1.1]/hook",
  "http://[::ffff:a00:1]/hook",
  "http://100.64.0.1/hook",
  "http://100.127.255.254/hook",
  "http://[fd00::1]/hook",
  "http://[fc00::1]/hook",
];

// Never a receiver, whatever the operator allows.
const NEVER = [
  "http://0.0.0.0/hook",
  "http://0/hook",
  "http://0.1.2.3/hook",
  "http://[::]/hook",
  "http://169.254.169.254/latest/meta-data",
  "http://[::ffff:169.254.169.254]/hook",
  "http://[fe80::1]/hook",
  "http://224.0.0.1/hook",
  "http://239.255.255.250/hook",
  "http://[ff02::1]/hook",
  "http://255.255.255.255/hook",
  "http://192.0.2.10/hook",
  "http://198.18.0.1/hook",
  "http://240.0.0.1/hook",
  "http://[2001:db8::1]/hook",
  "http://[64:ff9b::7f00:1]/hook",
  "http://[2002:7f00:1::]/hook",
  "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook",
];

const PUBLIC = [
  "https://hooks.slack.com/services/T0/B0/x",
  "https://93.184.215.14/hook",
  "https://[2606:4700:4700::1111]/hook",
  "https://8.8.8.8:8443/hook",
  "https://172.32.0.1/hook",
  "https://100.128.0.1/hook",
];

describe("checkWebhookTarget", () => {
  it.each(PRIVATE)("refuses the private target %s by default, and allows it when private targets are on", (url) => {
    const refused = check(url);
    expect(refused).toMatchObject({ ok: false, privateTarget: true });
    expect(refused.ok ? "" : refused.reason).toContain("WEBHOOK_ALLOW_PRIVATE_TARGETS=true");
    expect(check(url, true)).toMatchObject({ ok: true });
  });

  it.each(NEVER)("always refuses %s", (url) => {
    expect(check(url)).toMatchObject({ ok: false, privateTarget: false });
    expect(check(url, true)).toMatchObject({ ok: false, privateTarget: false });
  });

  it.each(PUBLIC)("accepts %s", (url) => {
    expect(check(url)).toMatchObject({ ok: true });
  });

  it("names the address and its kind", () => {
    expect(check("http://2130706433/x")).toMatchObject({
      reason: expect.stringMatching(/^127\.0\.0\.1 is a loopback address/),
    });
    expect(check("http://169.254.169.254/")).toMatchObject({
      reason: "169.254.169.254 is a link-local address: webhooks are never sent there.",
    });
  });

  it("leaves host names to the delivery-time check, address by address", () => {
    expect(check("https://hooks.example.test/x")).toEqual({ ok: true, address: null });
    expect(checkAddress("hooks.example.test", "10.1.2.3", { allowPrivate: false })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^hooks\.example\.test resolves to 10\.1\.2\.3, a private \(RFC 1918\) address/),
    });
    expect(checkAddress("hooks.example.test", "::ffff:127.0.0.1", { allowPrivate: false })).toMatchObject({
      ok: false,
      privateTarget: true,
    });
    expect(checkAddress("hooks.example.test", "93.184.215.14", { allowPrivate: false })).toEqual({
      ok: true,
      address: "93.184.215.14",
    });
  });
});
