package org.procedura.apitest;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Counts every statement MySQL Connector/J sends, for a test that names it in the connection's
 * {@code queryInterceptors}: the count covers the whole application, JPA and plain SQL alike.
 */
public class StatementCounter implements QueryInterceptor {
  private static final AtomicLong SENT = new AtomicLong();

  public static long sent() {
    return SENT.get();
  }

  @Override
  public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
    return this;
  }

  @Override
  public <T extends Resultset> T preProcess(Supplier<String> sql, Query query) {
    SENT.incrementAndGet();
    return null;
  }

  @Override
  public boolean executeTopLevelOnly() {
    return true;
  }

  @Override
  public void destroy() {}

  @Override
  public <T extends Resultset> T postProcess(
      Supplier<String> sql, Query query, T resultset, ServerSession session) {
    return null;
  }
}
