package org.wptdlm.web.dashboard;

import org.thymeleaf.context.Contexts;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.wptdlm.web.system.StaticAssets;

/**
 * Builds template links ({@code @{...}}) as Thymeleaf does, but hands only links to static files to the
 * resource chain's rewriting (Spring's {@code ResourceUrlEncodingFilter}, which puts versions into WebJars
 * paths). That filter looks every link up on the class path, and a link to a page is never found there,
 * so it was looked up again on every render: for the Hubs page's 100 hub links, more than half of the
 * time it took to write the page.
 */
class PageLinkBuilder extends StandardLinkBuilder {

    @Override
    protected String processLink(IExpressionContext context, String link) {
        if (Contexts.isWebContext(context) && !StaticAssets.isAsset(pathOf(link, Contexts.getWebExchange(context).getRequest().getApplicationPath()))) {
            return link;
        }
        return super.processLink(context, link);
    }

    /** The link's path relative to the context path, without query or fragment. */
    static String pathOf(String link, String contextPath) {
        int end = link.length();
        for (char delimiter : new char[] {'?', '#', ';'}) {
            int index = link.indexOf(delimiter);
            if (index >= 0 && index < end) {
                end = index;
            }
        }
        String path = link.substring(0, end);
        return !contextPath.isEmpty() && path.startsWith(contextPath) ? path.substring(contextPath.length()) : path;
    }
}
