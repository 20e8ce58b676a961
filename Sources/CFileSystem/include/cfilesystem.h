#ifndef CFILESYSTEM_H
#define CFILESYSTEM_H

/// Flushes every written file of the file system holding `fd` to disk (Linux
/// syncfs(2)): one flush for a whole publish instead of one fsync per file.
/// Returns 0, or -1 with errno set.
int fb_syncfs(int fd);

#endif
