# Sourced by ./run and bench/run. The services run on the Temurin 25 JDK with an AOT cache (JEP 483/514:
# classes loaded and linked, method profiles) where it is installed (JAVA_25_HOME, else the one in
# /usr/lib/jvm), else on Java 17 with AppCDS; JAVA_RUNTIME=17 forces the latter. The jars are built for
# Java 17 and run unchanged on 25. A run with the training options writes the archive as the JVM exits
# (TERM included); a later start with the archive's options loads it. The JVM ignores, with a warning,
# an archive it cannot use (another jar, another runtime), so a stale one costs speed, never a start.
JAVA_25_HOME=${JAVA_25_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -n 1)}
if [ "${JAVA_RUNTIME:-}" != 17 ] && [ -x "${JAVA_25_HOME:-}/bin/java" ]; then
  SERVICE_JAVA=$JAVA_25_HOME/bin/java ARCHIVE=aot
else
  SERVICE_JAVA=java ARCHIVE=jsa
fi

archive_training_flags() { # file: the options of a run that writes the archive at exit
  if [ "$ARCHIVE" = aot ]; then echo "-XX:AOTCacheOutput=$1"; else echo "-XX:ArchiveClassesAtExit=$1"; fi
}

archive_flags() { # file: the options that load the archive
  if [ "$ARCHIVE" = aot ]; then echo "-XX:AOTCache=$1"; else echo "-XX:SharedArchiveFile=$1 -Xshare:auto"; fi
}
