package org.wptdlm.ingest.feed.openadr;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * The VTN's RestClient: Spring Security's OAuth2 client fetches a client-credentials token from
 * the token URL, caches it until it expires, and puts it on every request as a Bearer header. Built
 * from {@code dlm.signals.openadr.*} rather than Spring Boot's {@code spring.security.oauth2.client}
 * registrations, which are meant for a servlet login the service does not have.
 */
public final class OpenAdrClient {

    static final String REGISTRATION_ID = "openadr-vtn";

    private OpenAdrClient() {}

    public static RestClient vtn(OpenAdrProperties settings) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientAuthenticationMethod(new ClientAuthenticationMethod(settings.clientAuthentication()))
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .tokenUri(settings.tokenUrl().toString())
                .scope(settings.scopes())
                .build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        InMemoryOAuth2AuthorizedClientService tokens = new InMemoryOAuth2AuthorizedClientService(registrations);
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, tokens);
        manager.setAuthorizedClientProvider(clientCredentials(settings));

        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(manager);
        bearer.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
        // A 401 from the VTN forgets the cached token, so the next poll asks for a new one.
        bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));
        return RestClient.builder()
                .baseUrl(settings.baseUrl().toString())
                .requestFactory(withTimeouts(settings))
                .requestInterceptor(bearer)
                .build();
    }

    /** The token call gets the same timeouts as the VTN calls: a hanging token endpoint must not hold the poller. */
    private static OAuth2AuthorizedClientProvider clientCredentials(OpenAdrProperties settings) {
        RestClientClientCredentialsTokenResponseClient tokenClient = new RestClientClientCredentialsTokenResponseClient();
        tokenClient.setRestClient(RestClient.builder()
                .requestFactory(withTimeouts(settings))
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(grant -> grant.accessTokenResponseClient(tokenClient))
                .build();
    }

    private static SimpleClientHttpRequestFactory withTimeouts(OpenAdrProperties settings) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(settings.timeout());
        factory.setReadTimeout(settings.timeout());
        return factory;
    }
}
