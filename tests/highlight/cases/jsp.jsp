<%@ page language="java" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%-- A JSP comment
     spanning lines --%>
<!DOCTYPE html>
<html>
<head><title>${pageTitle}</title></head>
<body>
<%! private int visits = 0; %>
<% visits++; String name = request.getParameter("name"); %>
<h1>Hello, <%= name != null ? name : "guest" %>!</h1>
<c:if test="${visits > 1 && user.role == 'admin'}">
  <p class="note">Welcome back (${visits} visits)</p>
</c:if>
<c:forEach var="item" items='${cart.items}'>
  <li>${item.name}</li>
</c:forEach>
<jsp:scriptlet>out.println("scriptlet " + 42);</jsp:scriptlet>
<jsp:directive.include file="footer.jsp" />
<jsp:include page="nav.jsp" flush=true/>
</body>
</html>
