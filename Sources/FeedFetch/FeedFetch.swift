/// Placeholder until the fetcher lands.
