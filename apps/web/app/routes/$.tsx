// Unknown URLs: a 404 rendered inside the app layout (so the root loader runs and the page keeps
// the user's language).
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
