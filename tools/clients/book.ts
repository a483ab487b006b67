// Books a visit through the typescript-fetch client generated from docs/openapi.json, on Node's
// built-in fetch. Run by GeneratedClientsIT: node book.js <base URL> <bearer token> <request JSON>
import {
  AppointmentsApi,
  BookVisitRequestFromJSON,
  Configuration,
} from "../../web/target/generated-clients/typescript-fetch";

declare const process: { argv: string[]; exitCode?: number };

async function main(): Promise<void> {
  const [basePath, token, request] = process.argv.slice(2);
  const appointments = new AppointmentsApi(new Configuration({ basePath, accessToken: token }));
  const booked = await appointments.bookVisit({
    bookVisitRequest: BookVisitRequestFromJSON(JSON.parse(request)),
    idempotencyKey: "typescript-" + Date.now(),
  });
  console.log(JSON.stringify({ id: booked.id, status: booked.status }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
