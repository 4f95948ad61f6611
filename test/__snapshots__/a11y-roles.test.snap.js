/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["iom-profile"] = 
`region "The International Organization for Migration (IOM)"
  heading "The International Organization for Migration (IOM)" (level 2)
  paragraph "The International Organization for Migration (IOM) is a United Nations agency dedicated to promoting international migration and protecting migrants’ rights. Established in 1951 following the devastating aftermath of World War II, the IOM has evolved into the primary intergovernmental organization in the field of international migration."`;
/* end snapshot iom-profile */

snapshots["iom-mission"] = 
`region "Mission and Objectives"
  heading "Mission and Objectives" (level 2)
  paragraph "The IOM’s mission is to promote international cooperation and humane and orderly migration. Its objectives include:"
  list
    listitem "Protecting the rights of migrants"
    listitem "Promoting international migration governance"
    listitem "Enhancing understanding and addressing the challenges of migration"
    listitem "Facilitating international cooperation on migration-related issues"`;
/* end snapshot iom-mission */

snapshots["iom-activities"] = 
`region "Activities and Programs"
  heading "Activities and Programs" (level 2)
  paragraph "The IOM carries out a wide range of activities, including:"
  list
    listitem "Providing protection and assistance to migrants"
    listitem "Promoting and protecting the rights of refugees and asylum seekers"
    listitem "Managing migration flows and preventing irregular migration"
    listitem "Strengthening migration governance and capacity building"
    listitem "Promoting safe, orderly and humane migration through operational projects and technical assistance"`;
/* end snapshot iom-activities */

snapshots["iom-presence"] = 
`region "Global Presence"
  heading "Global Presence" (level 2)
  list
    listitem "173 member states"
    listitem "a presence in over 130 countries"
    listitem "headquarters in Geneva, Switzerland"
  paragraph "The IOM has 173 member states and a presence in over 130 countries. Its headquarters are in Geneva, Switzerland."`;
/* end snapshot iom-presence */

snapshots["iom-issues"] = 
`region "Key Issues"
  heading "Key Issues" (level 2)
  paragraph "The IOM addresses various migration-related issues, such as:"
  list
    listitem "Climate change and migration"
    listitem "Human smuggling and trafficking"
    listitem "Integration and reintegration of migrants"
    listitem "Trafficking in persons"
    listitem "Mixed migration flows"
    listitem "Migration governance and policies"`;
/* end snapshot iom-issues */

snapshots["iom-partners"] = 
`region "Collaboration and Partnerships"
  heading "Collaboration and Partnerships" (level 2)
  paragraph "The IOM works in collaboration with various stakeholders, including:"
  list
    listitem "Governments"
    listitem "International organizations"
    listitem "Civil society"
    listitem "Private sector"`;
/* end snapshot iom-partners */

snapshots["iom-developments"] = 
`region "Recent Developments"
  heading "Recent Developments" (level 2)
  paragraph "The IOM has played a crucial role in addressing the global migration crisis, coordinating international efforts to provide aid to refugees and migrants affected by conflicts and disasters."`;
/* end snapshot iom-developments */

snapshots["iom-faq"] = 
`region "Frequently Asked Questions"
  heading "Frequently Asked Questions" (level 2)
  button "Show all" (collapsed)
  heading "What is the difference between the IOM and UNHCR?" (level 3)
    button "What is the difference between the IOM and UNHCR?" (collapsed)
  heading "What are the main challenges faced by the IOM?" (level 3)
    button "What are the main challenges faced by the IOM?" (collapsed)
  heading "How does the IOM promote safe migration?" (level 3)
    button "How does the IOM promote safe migration?" (collapsed)
  heading "What is the importance of the IOM in the current global migration landscape?" (level 3)
    button "What is the importance of the IOM in the current global migration landscape?" (collapsed)`;
/* end snapshot iom-faq */

snapshots["iom-overview"] = 
`region "The International Organization for Migration (IOM)"
  heading "The International Organization for Migration (IOM)" (level 2)
  paragraph "The International Organization for Migration (IOM) is a United Nations agency dedicated to promoting international migration and protecting migrants’ rights. Established in 1951 following the devastating aftermath of World War II, the IOM has evolved into the primary intergovernmental organization in the field of international migration."
region "Mission and Objectives"
  heading "Mission and Objectives" (level 2)
  paragraph "The IOM’s mission is to promote international cooperation and humane and orderly migration. Its objectives include:"
  list
    listitem "Protecting the rights of migrants"
    listitem "Promoting international migration governance"
    listitem "Enhancing understanding and addressing the challenges of migration"
    listitem "Facilitating international cooperation on migration-related issues"
region "Activities and Programs"
  heading "Activities and Programs" (level 2)
  paragraph "The IOM carries out a wide range of activities, including:"
  list
    listitem "Providing protection and assistance to migrants"
    listitem "Promoting and protecting the rights of refugees and asylum seekers"
    listitem "Managing migration flows and preventing irregular migration"
    listitem "Strengthening migration governance and capacity building"
    listitem "Promoting safe, orderly and humane migration through operational projects and technical assistance"
region "Global Presence"
  heading "Global Presence" (level 2)
  list
    listitem "173 member states"
    listitem "a presence in over 130 countries"
    listitem "headquarters in Geneva, Switzerland"
  paragraph "The IOM has 173 member states and a presence in over 130 countries. Its headquarters are in Geneva, Switzerland."
region "Key Issues"
  heading "Key Issues" (level 2)
  paragraph "The IOM addresses various migration-related issues, such as:"
  list
    listitem "Climate change and migration"
    listitem "Human smuggling and trafficking"
    listitem "Integration and reintegration of migrants"
    listitem "Trafficking in persons"
    listitem "Mixed migration flows"
    listitem "Migration governance and policies"
region "Collaboration and Partnerships"
  heading "Collaboration and Partnerships" (level 2)
  paragraph "The IOM works in collaboration with various stakeholders, including:"
  list
    listitem "Governments"
    listitem "International organizations"
    listitem "Civil society"
    listitem "Private sector"
region "Recent Developments"
  heading "Recent Developments" (level 2)
  paragraph "The IOM has played a crucial role in addressing the global migration crisis, coordinating international efforts to provide aid to refugees and migrants affected by conflicts and disasters."
region "Frequently Asked Questions"
  heading "Frequently Asked Questions" (level 2)
  button "Show all" (collapsed)
  heading "What is the difference between the IOM and UNHCR?" (level 3)
    button "What is the difference between the IOM and UNHCR?" (collapsed)
  heading "What are the main challenges faced by the IOM?" (level 3)
    button "What are the main challenges faced by the IOM?" (collapsed)
  heading "How does the IOM promote safe migration?" (level 3)
    button "How does the IOM promote safe migration?" (collapsed)
  heading "What is the importance of the IOM in the current global migration landscape?" (level 3)
    button "What is the importance of the IOM in the current global migration landscape?" (collapsed)`;
/* end snapshot iom-overview */

snapshots["iom-faq open"] = 
`region "Frequently Asked Questions"
  heading "Frequently Asked Questions" (level 2)
  button "Show all" (collapsed)
  heading "What is the difference between the IOM and UNHCR?" (level 3)
    button "What is the difference between the IOM and UNHCR?" (collapsed)
  heading "What are the main challenges faced by the IOM?" (level 3)
    button "What are the main challenges faced by the IOM?" (expanded)
  region "What are the main challenges faced by the IOM?"
    paragraph "The IOM faces challenges in addressing the growing number of migrants and refugees, managing complex migration flows, and combating misinformation and xenophobia."
    button "Copy link"
    status
  heading "How does the IOM promote safe migration?" (level 3)
    button "How does the IOM promote safe migration?" (collapsed)
  heading "What is the importance of the IOM in the current global migration landscape?" (level 3)
    button "What is the importance of the IOM in the current global migration landscape?" (collapsed)`;
/* end snapshot iom-faq open */

