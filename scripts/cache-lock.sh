# Sourced by the install scripts. Clones and CI jobs on one machine share the cache: one install at a time, the
# others wait and then find it warm. Waiting can take minutes (a cold build of the CLI), so a caller that finds
# the lock held says so on stderr rather than sitting silent.
# lock_cache CACHE_DIR TAG: holds CACHE_DIR/.install.lock on fd 9 until the calling script exits.
lock_cache() {
  local cache="$1" tag="$2"
  mkdir -p "$cache"
  exec 9>"$cache/.install.lock"
  if ! flock -n 9; then
    echo "[$tag] waiting for another install to finish: it holds $cache/.install.lock (a first build of the Pulumi CLI takes several minutes)" >&2
    flock 9
    echo "[$tag] the other install finished; continuing" >&2
  fi
}
