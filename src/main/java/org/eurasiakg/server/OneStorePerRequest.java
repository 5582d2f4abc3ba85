package org.eurasiakg.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.eurasiakg.store.ServedStore;

/** Every request reads one store from start to end, even if a new build is switched in meanwhile (a page makes several reads). */
final class OneStorePerRequest implements Filter {
    private final ServedStore store;

    OneStorePerRequest(ServedStore store) { this.store = store; }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try (AutoCloseable pin = store.pin()) {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
