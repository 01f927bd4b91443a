@echo off
rem localwire launcher for Windows: runs target\localwire.jar with the JVM options that suit a
rem short command-line run (see the POSIX launcher ./localwire and bench/README.md for why).
rem   localwire batch
rem   localwire story --area Newport
rem   set LOCALWIRE_JAVA_OPTS=-Xmx2g   for more options for Java
setlocal
set "JAR=%~dp0target\localwire.jar"
if not exist "%JAR%" (
  echo localwire: %JAR% is not built yet; build it with: mvn -B -q package -DskipTests 1>&2
  exit /b 1
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn80m %LOCALWIRE_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
