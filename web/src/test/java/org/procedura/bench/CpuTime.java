package org.procedura.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** User plus system CPU time a process has used, read from /proc (Linux). */
final class CpuTime {
  private static final long TICKS_PER_SECOND = 100;

  private CpuTime() {}

  static Duration of(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      // fields after the command name, which is in parentheses and may contain spaces
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read CPU time of process " + pid, e);
    }
  }

  static long pidOf(String executable) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.endsWith("/" + executable)).orElse(false))
        .mapToLong(ProcessHandle::pid)
        .findFirst()
        .orElse(-1);
  }
}
