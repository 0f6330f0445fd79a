package org.casetrack.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every test of the class once on H2 and once on the PostgreSQL test server
 * ({@link TestServer}); the class takes the backend as a {@code @Parameter TestBackend}
 * field and opens its database with {@link TestDatabases#create(TestBackend, java.nio.file.Path)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "on {0}")
@MethodSource("org.casetrack.store.TestServer#backends")
public @interface OnBothDatabases {
}
